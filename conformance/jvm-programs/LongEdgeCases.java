public class LongEdgeCases {
    static long id(long x) { return x; }

    public static void main(String[] args) {
        long min = id(Long.MIN_VALUE), max = id(Long.MAX_VALUE);
        System.out.println((max + 1) + " " + (min - 1) + " " + (min / -1) + " " + (min % -1) + " " + Math.abs(min));
        System.out.println((max * 3) + " " + (min * min) + " " + (max / 7) + " " + (max % 7));
        long[] as = { 7, -7, 7, -7, 1L << 40, -(1L << 40) };
        long[] bs = { 3, 3, -3, -3, 12345, 999 };
        for (int i = 0; i < as.length; i++) {
            long a = id(as[i]), b = id(bs[i]);
            System.out.println(a / b + " " + a % b + " " + Math.floorDiv(a, b) + " " + Math.floorMod(a, b));
        }
        for (int s : new int[] { 0, 1, 31, 32, 63, 64, 65, -1 }) {
            System.out.println(s + ": " + (1L << s) + " " + (min >> s) + " " + (min >>> s) + " " + (-3L >>> s));
        }
        long x = id(0x123456789ABCDEFL);
        System.out.println(Long.toHexString(x & 0xFFFF0000FFFFL) + " " + Long.toHexString(x | 0xF) + " " + Long.toHexString(x ^ -1L) + " " + Long.toHexString(~x));
        System.out.println(Long.compare(min, max) + " " + (min < max) + " " + (id(5) == id(5)) + " " + Long.signum(min));
        System.out.println(Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.toUnsignedString(-1L) + " " + Long.compareUnsigned(-1L, 1L));
        try {
            System.out.println(id(1) / id(0));
        } catch (ArithmeticException e) {
            System.out.println("ldiv: " + e.getMessage());
        }
        try {
            Math.multiplyExact(max, 2L);
        } catch (ArithmeticException e) {
            System.out.println("lmul: " + e.getMessage());
        }
        System.out.println(Math.multiplyHigh(max, max) + " " + Long.MAX_VALUE / Integer.MAX_VALUE);
        long acc = 1;
        for (int i = 1; i <= 25; i++) acc *= i;
        System.out.println("25! mod 2^64 = " + acc + " unsigned " + Long.toUnsignedString(acc));
        int i = (int) id(0x1_0000_0005L);
        System.out.println(i + " " + (int) id(-1L) + " " + (short) id(0x18000L) + " " + (byte) id(0x1FFL));
    }
}
