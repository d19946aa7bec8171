import java.util.*;

public class HashCodes {
    record Pair(String a, int b) {}
    enum E { X }

    public static void main(String[] args) {
        System.out.println("".hashCode() + " " + "a".hashCode() + " " + "hello world".hashCode() + " " + "polygenelubricants".hashCode() + " " + new String(new char[] { 0xffff, 0xffff }).hashCode());
        System.out.println(Integer.hashCode(-7) + " " + Long.hashCode(1L << 32) + " " + Long.hashCode(-1L) + " " + Double.hashCode(0.1) + " " + Double.hashCode(-0.0) + " " + Float.hashCode(Float.NaN) + " " + Boolean.hashCode(false) + " " + Character.hashCode('A') + " " + Short.hashCode((short) -1) + " " + Byte.hashCode((byte) -1));
        System.out.println(Arrays.hashCode(new int[] { 1, 2, 3 }) + " " + Arrays.hashCode(new long[] { 1L << 33 }) + " " + Arrays.hashCode(new double[] { 1.5 }) + " " + Arrays.hashCode(new Object[] { "a", null, 3 }) + " " + Arrays.deepHashCode(new Object[] { new int[] { 1 }, "x" }) + " " + Arrays.hashCode((int[]) null));
        System.out.println(List.of(1, 2, 3).hashCode() + " " + new ArrayList<>(List.of(1, 2, 3)).hashCode() + " " + new LinkedList<>(List.of(1, 2, 3)).hashCode() + " " + Set.of(1, 2, 3).hashCode() + " " + new TreeSet<>(List.of("a", "b")).hashCode());
        System.out.println(Map.of("a", 1).hashCode() + " " + new HashMap<>(Map.of("a", 1, "b", 2)).hashCode() + " " + Map.entry("k", "v").hashCode() + " " + Optional.of("x").hashCode() + " " + Objects.hash("a", 1) + " " + Objects.hashCode(null));
        System.out.println(new Pair("a", 1).hashCode() + " " + new Pair(null, 0).hashCode() + " " + Boolean.valueOf(true).hashCode() + " " + new java.math.BigInteger("123456789123456789").hashCode() + " " + new java.math.BigDecimal("1.50").hashCode());
        System.out.println(new StringBuilder("x").toString().hashCode() + " " + String.valueOf(12345).hashCode() + " " + "Aa".hashCode() + " " + "BB".hashCode() + " " + Collections.emptyList().hashCode() + " " + Arrays.asList(new Integer[] { null }).hashCode());
        Map<String, Integer> byHash = new TreeMap<>();
        for (String s : "alpha beta gamma delta epsilon zeta eta theta".split(" ")) byHash.put(s, s.hashCode() % 97);
        System.out.println(byHash);
    }
}
