import java.util.*;

public class OptionalOps {
    static Optional<Integer> parse(String s) {
        try {
            return Optional.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("value"), none = Optional.empty();
        System.out.println(some + " " + none + " " + some.isPresent() + " " + none.isEmpty() + " " + some.get() + " " + none.orElse("fallback") + " " + none.orElseGet(() -> "lazy"));
        System.out.println(some.map(String::length) + " " + none.map(String::length) + " " + some.filter(s -> s.startsWith("x")) + " " + some.flatMap(s -> Optional.of(s + "!")) + " " + none.or(() -> Optional.of("alt")).get());
        some.ifPresent(v -> System.out.println("present " + v));
        none.ifPresentOrElse(v -> System.out.println("no"), () -> System.out.println("absent"));
        System.out.println(parse("12").map(x -> x * 2).orElse(-1) + " " + parse("x").map(x -> x * 2).orElse(-1) + " " + Optional.ofNullable(null).isPresent() + " " + some.stream().count());
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalStateException("custom"));
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null) NPE");
        }
        System.out.println(some.equals(Optional.of("value")) + " " + some.hashCode() + " " + none.hashCode() + " " + OptionalInt.of(3) + " " + OptionalDouble.empty() + " " + OptionalLong.of(9).getAsLong());
        System.out.println(List.of("1", "a", "3").stream().map(OptionalOps::parse).flatMap(Optional::stream).toList());
    }
}
