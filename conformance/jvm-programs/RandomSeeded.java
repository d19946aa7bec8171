import java.util.*;
import java.util.stream.*;

public class RandomSeeded {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) sb.append(r.nextInt(100)).append(' ');
        System.out.println(sb);
        System.out.println(r.nextInt() + " " + r.nextLong() + " " + r.nextDouble() + " " + r.nextFloat() + " " + r.nextBoolean() + " " + r.nextGaussian() + " " + r.nextGaussian());
        byte[] bytes = new byte[8];
        r.nextBytes(bytes);
        System.out.println(Arrays.toString(bytes) + " " + r.nextInt(5, 10) + " " + r.nextLong(1000));
        Random r2 = new Random(12345);
        System.out.println(r2.ints(5, 0, 10).boxed().collect(Collectors.toList()) + " " + r2.doubles(2).boxed().toList() + " " + r2.longs(2, 0, 100).boxed().toList());
        List<Integer> deck = IntStream.rangeClosed(1, 20).boxed().collect(Collectors.toList());
        Collections.shuffle(deck, new Random(7));
        System.out.println(deck);
        Random same1 = new Random(99), same2 = new Random(99);
        boolean equal = true;
        for (int i = 0; i < 1000; i++) equal &= same1.nextInt() == same2.nextInt();
        System.out.println(equal);
        int[] hist = new int[10];
        Random h = new Random(2024);
        for (int i = 0; i < 10000; i++) hist[h.nextInt(10)]++;
        System.out.println(Arrays.toString(hist));
        r.setSeed(42);
        System.out.println(r.nextInt(100) + " " + new Random(0).nextInt() + " " + new Random(-1L).nextLong() + " " + new SplittableRandom(5).nextInt(1000));
    }
}
