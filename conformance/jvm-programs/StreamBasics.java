import java.util.*;
import java.util.stream.*;

public class StreamBasics {
    public static void main(String[] args) {
        List<String> words = List.of("stream", "map", "filter", "collect", "reduce", "sorted", "limit", "skip", "flatMap");
        System.out.println(words.stream().filter(w -> w.length() > 4).map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(words.stream().map(String::length).reduce(0, Integer::sum) + " " + words.stream().mapToInt(String::length).max().getAsInt());
        System.out.println(words.stream().sorted().collect(Collectors.joining(", ", "[", "]")));
        System.out.println(words.stream().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).toList());
        System.out.println(words.stream().skip(2).limit(3).toList() + " " + words.stream().anyMatch(w -> w.startsWith("f")) + " " + words.stream().allMatch(w -> w.length() > 2) + " " + words.stream().noneMatch(String::isEmpty));
        System.out.println(words.stream().findFirst().get() + " " + words.stream().filter(w -> w.contains("z")).findAny().isPresent() + " " + words.stream().count());
        System.out.println(Stream.of("a,b", "c", "d,e,f").flatMap(s -> Arrays.stream(s.split(","))).collect(Collectors.toList()));
        System.out.println(Stream.iterate(1, x -> x * 3).limit(8).toList() + " " + Stream.iterate(1, x -> x < 100, x -> x * 2).toList());
        System.out.println(Stream.generate(() -> "z").limit(3).collect(Collectors.joining()) + " " + Stream.of(5, 3, 5, 1, 3).distinct().toList() + " " + Stream.of(3, 1, 2).sorted(Comparator.reverseOrder()).toList());
        System.out.println(Stream.of(1, 2, 3, 4).map(x -> x * x).peek(x -> {}).reduce(Integer::sum).orElse(-1) + " " + Stream.<Integer>empty().reduce(Integer::sum).isPresent());
        List<Integer> collected = new ArrayList<>();
        IntStream.rangeClosed(1, 5).forEach(collected::add);
        System.out.println(collected + " " + Stream.of("x", "yy").mapToInt(String::length).boxed().toList() + " " + Arrays.toString(Stream.of("p", "q").toArray(String[]::new)));
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6).takeWhile(x -> x < 4).toList() + " " + Stream.of(1, 2, 3, 4, 1).dropWhile(x -> x < 3).toList() + " " + Stream.concat(Stream.of(1), Stream.of(2, 3)).toList());
        System.out.println(words.stream().min(Comparator.naturalOrder()).get() + " " + words.stream().max(Comparator.comparingInt(String::length)).get());
    }
}
