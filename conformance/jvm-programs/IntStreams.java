import java.util.*;
import java.util.stream.*;

public class IntStreams {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 10).sum() + " " + IntStream.rangeClosed(1, 10).reduce(1, (a, b) -> a * b) + " " + IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).sorted().boxed().toList());
        System.out.println(IntStream.range(0, 20).filter(i -> i % 3 == 0).mapToObj(Integer::toString).collect(Collectors.joining(",")));
        System.out.println(IntStream.of(4, 8, 15, 16, 23, 42).average().getAsDouble() + " " + IntStream.empty().average().isPresent() + " " + IntStream.of(7).max().getAsInt());
        IntSummaryStatistics st = IntStream.rangeClosed(1, 100).summaryStatistics();
        System.out.println(st);
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b) + " " + LongStream.of(1L << 40, 1).sum() + " " + DoubleStream.of(0.5, 0.25, 0.125).sum() + " " + DoubleStream.of(1, 2, 3, 4).average().getAsDouble());
        System.out.println(Arrays.toString(IntStream.iterate(1, i -> i * 2).limit(10).toArray()) + " " + IntStream.range(0, 5).map(i -> i * i).boxed().collect(Collectors.toList()));
        System.out.println("hello".chars().mapToObj(c -> String.valueOf((char) (c + 1))).collect(Collectors.joining()) + " " + IntStream.range(0, 100).distinct().count() + " " + IntStream.of(1, 2, 3).asLongStream().sum() + " " + IntStream.of(1, 2).asDoubleStream().boxed().toList());
        long primes = IntStream.rangeClosed(2, 2000).filter(n -> IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).count();
        System.out.println("primes " + primes);
        System.out.println(IntStream.range(0, 5).mapToObj(i -> "r" + i).toList() + " " + IntStream.range(0, 10).skip(7).boxed().toList() + " " + IntStream.of(5, 6, 7).anyMatch(i -> i > 6) + " " + IntStream.of(5, 6).mapToLong(i -> i * 1000000000L).sum());
        DoubleSummaryStatistics ds = DoubleStream.of(1.5, 2.5, -1).summaryStatistics();
        System.out.println(ds.getMin() + " " + ds.getMax() + " " + ds.getAverage() + " " + ds.getSum());
        int[][] matrix = IntStream.range(0, 3).mapToObj(i -> IntStream.range(0, 3).map(j -> i * 3 + j).toArray()).toArray(int[][]::new);
        System.out.println(Arrays.deepToString(matrix) + " " + Arrays.stream(matrix).flatMapToInt(Arrays::stream).sum());
    }
}
