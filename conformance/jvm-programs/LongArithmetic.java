public class LongArithmetic {
    public static void main(String[] args) {
        long[] values = { 0L, 1L, -1L, 3L, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123L, -42L };
        long checksum = 17;
        for (long a : values) {
            for (long b : values) {
                checksum = checksum * 31 + a + b;
                checksum = checksum * 31 + a * b;
                checksum ^= a - b;
                if (b != 0) {
                    checksum += a / b;
                    checksum += a % b;
                }
                checksum += (a << (int) b) + (a >> b) + (a >>> b);
                checksum += Long.compare(a, b);
            }
        }
        System.out.println(checksum);
        System.out.println(Long.MIN_VALUE / -1);
        System.out.println(Long.MIN_VALUE % -1L);
        System.out.println((int) 0x123456789ABCL);
        System.out.println(Long.toHexString(-1L >>> 4));
        System.out.println(Long.toBinaryString(10L));
        System.out.println(Long.MAX_VALUE + 1);
        try {
            System.out.println(5L % 0L);
        } catch (ArithmeticException e) {
            System.out.println(e);
        }
    }
}
