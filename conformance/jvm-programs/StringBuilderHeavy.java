import java.util.*;

public class StringBuilderHeavy {
    public static void main(String[] args) {
        StringBuilder text = new StringBuilder();
        String[] words = { "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit" };
        long seed = 7;
        for (int i = 0; i < 20000; i++) {
            seed = seed * 1103515245 + 12345 & 0x7fffffff;
            text.append(words[(int) (seed % words.length)]);
            text.append(i % 17 == 16 ? ".\n" : " ");
        }
        System.out.println(text.length() + " " + text.toString().hashCode());
        Map<String, Integer> freq = new TreeMap<>();
        for (String w : text.toString().split("[\\s.]+")) freq.merge(w, 1, Integer::sum);
        System.out.println(freq);
        StringBuilder rev = new StringBuilder(text).reverse();
        System.out.println(rev.substring(0, 40).replace("\n", "/") + " " + rev.indexOf("tile") + " " + text.lastIndexOf("lorem"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) sb.insert(sb.length() / 2, (char) ('a' + i % 26));
        System.out.println(sb.length() + " " + sb.substring(1490, 1510) + " " + sb.toString().chars().filter(c -> c == 'z').count());
        for (int i = sb.length() - 1; i >= 0; i -= 3) sb.deleteCharAt(i);
        System.out.println(sb.length() + " " + sb.toString().hashCode());
        String joined = String.join(",", Collections.nCopies(1000, "xy"));
        System.out.println(joined.length() + " " + joined.replace(",", "").length() + " " + joined.split(",").length);
        StringBuilder lines = new StringBuilder();
        for (int row = 1; row <= 9; row++) {
            for (int col = 1; col <= row; col++) lines.append(col).append('x').append(row).append('=').append(row * col).append(col == row ? "\n" : "\t");
        }
        System.out.print(lines);
    }
}
