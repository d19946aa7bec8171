import java.util.*;
import java.util.stream.*;

public class TextProcessing {
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    static String justify(String line, int width) {
        String[] words = line.split(" ");
        if (words.length == 1) return line;
        int gaps = words.length - 1, spaces = width - line.replace(" ", "").length();
        StringBuilder sb = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            int n = spaces / gaps + (i <= spaces % gaps ? 1 : 0);
            sb.append(" ".repeat(n)).append(words[i]);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String text = "It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity";
        for (String line : wrap(text, 30)) System.out.println("|" + justify(line, 30) + "|");
        Map<String, List<String>> anagrams = Stream.of("listen", "silent", "enlist", "google", "elgoog", "cat", "act", "tac", "dog")
            .collect(Collectors.groupingBy(w -> w.chars().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString(), TreeMap::new, Collectors.toList()));
        System.out.println(anagrams);
        Map<String, Long> freq = Arrays.stream(text.toLowerCase().split("[^a-z]+")).collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()));
        System.out.println(freq.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(5).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        String sentence = "A man, a plan, a canal: Panama";
        String letters = sentence.toLowerCase().replaceAll("[^a-z]", "");
        System.out.println(letters.equals(new StringBuilder(letters).reverse().toString()) + " " + letters.length());
        String camel = Arrays.stream("convert_this_snake_case".split("_")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining());
        System.out.println(camel + " " + camel.replaceAll("(?<=[a-z])(?=[A-Z])", "-").toLowerCase());
        StringBuilder rle = new StringBuilder();
        String raw = "aaabccddddde";
        for (int i = 0; i < raw.length();) {
            int j = i;
            while (j < raw.length() && raw.charAt(j) == raw.charAt(i)) j++;
            rle.append(raw.charAt(i)).append(j - i);
            i = j;
        }
        System.out.println(rle + " vowels=" + text.chars().filter(ch -> "aeiou".indexOf(ch) >= 0).count() + " " + String.join(" ", new TreeSet<>(Arrays.asList(text.split("[ ,]+")))).length());
    }
}
