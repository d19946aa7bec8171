// Lab 2, part "arithmetic": int and long division and remainder, including the one overflow they have
// (MIN_VALUE / -1) and the signs of remainders (JVMS 6.5 idiv, irem, ldiv, lrem).
public class IntArithmetic {
    static final int[] INTS = { 0, 1, -1, 2, -2, 7, -7, 13, -13, 100, 1 << 30, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1 };
    static final long[] LONGS = { 0L, 1L, -1L, 3L, -3L, 1000000007L, -1000000007L, 1L << 62, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1 };

    public static void main(String[] args) {
        long checksum = 0;
        for (int a : INTS) {
            StringBuilder line = new StringBuilder("int " + a + ":");
            for (int b : INTS) {
                if (b != 0) {
                    int q = a / b;
                    int r = a % b;
                    line.append(' ').append(q).append('/').append(r);
                    checksum = checksum * 31 + q + r;
                }
            }
            System.out.println(line);
        }
        for (long a : LONGS) {
            StringBuilder line = new StringBuilder("long " + a + ":");
            for (long b : LONGS) {
                if (b != 0) {
                    long q = a / b;
                    long r = a % b;
                    line.append(' ').append(q).append('/').append(r);
                    checksum = checksum * 31 + q + r;
                }
            }
            System.out.println(line);
        }
        System.out.println("checksum " + checksum);
    }
}
