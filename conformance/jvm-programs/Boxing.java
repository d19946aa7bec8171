import java.util.*;

public class Boxing {
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d));
        List<Long> longs = new ArrayList<>();
        for (long i = 0; i < 5; i++) {
            longs.add(i * i);
        }
        long total = 0;
        for (long v : longs) {
            total += v;
        }
        System.out.println(total);
        Character ch = 'x';
        Boolean flag = true;
        Double dbl = 2.5;
        System.out.println(ch + " " + flag + " " + dbl + " " + (dbl * 2));
        Object[] mixed = { 1, 2L, 3.0f, 4.0, 'c', true, (byte) 5, (short) 6 };
        for (Object o : mixed) {
            System.out.print(o.getClass().getSimpleName() + "=" + o + " ");
        }
        System.out.println();
        System.out.println(Integer.MAX_VALUE + 1 + " " + Integer.compare(3, 5) + " " + Integer.signum(-9) + " " + Integer.bitCount(255));
        System.out.println(Character.isDigit('7') + " " + Character.toUpperCase('q') + " " + (int) Character.forDigit(11, 16));
        Integer n = null;
        try {
            int x = n;
        } catch (NullPointerException e) {
            System.out.println("unboxing null");
        }
    }
}
