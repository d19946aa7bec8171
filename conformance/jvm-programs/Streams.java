import java.util.*;
import java.util.stream.*;

public class Streams {
    public static void main(String[] args) {
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "echo", "alpha");
        System.out.println(words.stream().filter(w -> w.length() == 5).sorted().collect(Collectors.toList()));
        System.out.println(words.stream().map(String::toUpperCase).distinct().count());
        System.out.println(IntStream.rangeClosed(1, 10).sum());
        System.out.println(IntStream.range(0, 5).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]")));
        Map<Integer, List<String>> byLength = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        System.out.println(byLength);
        System.out.println(words.stream().anyMatch(w -> w.startsWith("e")) + " " + words.stream().allMatch(w -> w.length() > 3));
        Optional<String> longest = words.stream().max(Comparator.comparingInt(String::length));
        System.out.println(longest.orElse("none"));
        System.out.println(Stream.iterate(1, x -> x * 2).limit(10).reduce(0, Integer::sum));
    }
}
