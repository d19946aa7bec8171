import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamCollectors {
    record Person(String name, String city, int age) {}

    public static void main(String[] args) {
        List<Person> people = List.of(new Person("Ann", "Oslo", 31), new Person("Bob", "Rome", 25), new Person("Cid", "Oslo", 42),
            new Person("Dee", "Lima", 25), new Person("Eve", "Rome", 37), new Person("Fay", "Oslo", 19));
        System.out.println("" + people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.counting())));
        System.out.println("" + people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList()))));
        System.out.println("" + people.stream().collect(Collectors.partitioningBy(p -> p.age() >= 30, Collectors.mapping(Person::name, Collectors.joining("+")))));
        System.out.println("" + people.stream().collect(Collectors.toMap(Person::name, Person::age, (a, b) -> a, TreeMap::new)));
        System.out.println("" + people.stream().collect(Collectors.toMap(Person::age, Person::name, (a, b) -> a + "&" + b, TreeMap::new)));
        System.out.println("" + people.stream().collect(Collectors.summingInt(Person::age)) + " " + people.stream().collect(Collectors.averagingInt(Person::age)) + " " + people.stream().collect(Collectors.averagingDouble(p -> p.age() / 2.0)));
        IntSummaryStatistics stats = people.stream().collect(Collectors.summarizingInt(Person::age));
        System.out.println(stats.getMin() + " " + stats.getMax() + " " + stats.getSum() + " " + stats.getCount() + " " + stats.getAverage());
        System.out.println("" + people.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size)) + " " + people.stream().map(Person::city).collect(Collectors.toCollection(TreeSet::new)));
        System.out.println("" + people.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.summingInt(Person::age), (n, s) -> s + "/" + n)));
        Map<String, Optional<Person>> oldest = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.maxBy(Comparator.comparingInt(Person::age))));
        oldest.forEach((city, p) -> System.out.println(city + " -> " + p.map(Person::name).orElse("?")));
        System.out.println("" + people.stream().collect(Collectors.groupingBy(p -> p.age() / 10 * 10, TreeMap::new, Collectors.reducing(0, Person::age, Integer::sum))));
        System.out.println(people.stream().map(Person::name).collect(Collectors.joining()) + " " + people.stream().filter(p -> p.city().equals("Rome")).map(Person::toString).collect(Collectors.toList()));
        Map<Boolean, Long> parts = IntStream.range(0, 50).boxed().collect(Collectors.partitioningBy(i -> i % 3 == 0, Collectors.counting()));
        System.out.println(parts + " " + Stream.of("a", "bb", "cc", "ddd").collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toSet())));
        System.out.println(Stream.of("x", "y", "z").collect(Collectors.toUnmodifiableList()) + " " + Stream.of(1, 2, 3).collect(Collectors.filtering(i -> i > 1, Collectors.toList())) + " " + Stream.of(List.of(1, 2), List.of(3)).collect(Collectors.flatMapping(List::stream, Collectors.toList())));
    }
}
