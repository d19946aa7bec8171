import java.util.*;
import java.util.stream.*;

public class StringJoining {
    public static void main(String[] args) {
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        sj.setEmptyValue("EMPTY");
        System.out.println(sj + " " + sj.length());
        sj.add("a").add("b").add("");
        System.out.println(sj + " " + sj.length());
        StringJoiner other = new StringJoiner("-");
        other.add("x").add("y");
        sj.merge(other);
        System.out.println(sj);
        StringTokenizer st = new StringTokenizer("the,quick;brown fox", ",; ");
        List<String> tokens = new ArrayList<>();
        while (st.hasMoreTokens()) tokens.add(st.nextToken());
        System.out.println(tokens + " " + new StringTokenizer("a b c").countTokens());
        StringTokenizer withDelims = new StringTokenizer("1+2*3", "+*", true);
        StringBuilder sb = new StringBuilder();
        while (withDelims.hasMoreElements()) sb.append('[').append(withDelims.nextElement()).append(']');
        System.out.println(sb);
        System.out.println(String.join("|", new TreeSet<>(Set.of("c", "a", "b"))) + " " + Stream.of("x", "y").collect(Collectors.joining("/", "<", ">")) + " " + Arrays.stream(new String[0]).collect(Collectors.joining(",", "[", "]")));
        String csv = "name,age,city\nann,31,oslo\nbob,25,rome";
        List<Map<String, String>> rows = new ArrayList<>();
        String[] lines = csv.split("\n");
        String[] header = lines[0].split(",");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            Map<String, String> row = new LinkedHashMap<>();
            for (int j = 0; j < header.length; j++) row.put(header[j], cells[j]);
            rows.add(row);
        }
        System.out.println(rows);
        String text = "a  b   c";
        System.out.println(Arrays.toString(text.split(" ")) + " " + Arrays.toString(text.split(" +")) + " " + Arrays.toString("a1b2c3".split("(?<=\\d)")) + " " + Arrays.toString("".split(",")) + " " + Arrays.toString(",".split(",")));
    }
}
