import java.util.*;

public class BoxingCaches {
    static Integer box(int i) { return i; }
    static Long boxL(long l) { return l; }

    public static void main(String[] args) {
        System.out.println((box(127) == box(127)) + " " + (box(128) == box(128)) + " " + (box(-128) == box(-128)) + " " + (box(-129) == box(-129)) + " " + box(128).equals(box(128)));
        System.out.println((boxL(127) == boxL(127)) + " " + (boxL(128) == boxL(128)) + " " + (Short.valueOf((short) 5) == Short.valueOf((short) 5)) + " " + (Byte.valueOf((byte) -7) == Byte.valueOf((byte) -7)));
        System.out.println((Character.valueOf('a') == Character.valueOf('a')) + " " + (Character.valueOf('\u0100') == Character.valueOf('\u0100')) + " " + (Boolean.valueOf(true) == Boolean.TRUE) + " " + Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes"));
        Integer a = 1000, b = 1000;
        int c = 1000;
        System.out.println((a == c) + " " + a.equals(b) + " " + (a <= b && a >= b) + " " + a.compareTo(b) + " " + new Long(5).equals(5) + " " + Long.valueOf(5).equals(5L));
        Integer n = null;
        try {
            int x = n;
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("unboxing null");
        }
        List<Integer> list = new ArrayList<>(List.of(10, 20, 30, 1, 2));
        list.remove(1);
        list.remove(Integer.valueOf(1));
        System.out.println(list);
        Map<Character, Integer> counts = new TreeMap<>();
        for (char ch : "mississippi".toCharArray()) counts.merge(ch, 1, Integer::sum);
        System.out.println(counts);
        Object o = 42;
        Object d = 4.2;
        Object ch = 'x';
        Object l = 42L;
        System.out.println(o.getClass().getSimpleName() + " " + d.getClass().getSimpleName() + " " + ch.getClass().getSimpleName() + " " + l.getClass().getSimpleName() + " " + o.equals(l) + " " + ((Number) o).doubleValue());
        Double dd = 0.0, negZero = -0.0;
        System.out.println(dd.equals(negZero) + " " + (0.0 == -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + dd.hashCode() + " " + negZero.hashCode() + " " + Float.valueOf(1.5f).hashCode());
        long sum = 0;
        Long boxedSum = 0L;
        for (int i = 0; i < 1000; i++) { sum += i; boxedSum += i; }
        System.out.println(sum + " " + boxedSum + " " + Integer.valueOf(77).hashCode() + " " + Long.valueOf(-1).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Character.valueOf('A').hashCode());
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(-1, 1) + " " + Double.sum(0.5, 0.25) + " " + Integer.valueOf("-12") + " " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Short.parseShort("-32768"));
    }
}
