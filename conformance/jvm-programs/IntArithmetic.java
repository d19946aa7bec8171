public class IntArithmetic {
    static int[] values = { 0, 1, -1, 7, -7, 13, Integer.MAX_VALUE, Integer.MIN_VALUE, 123456789, -98765 };

    public static void main(String[] args) {
        long checksum = 0;
        for (int a : values) {
            for (int b : values) {
                checksum = checksum * 31 + (a + b);
                checksum = checksum * 31 + (a - b);
                checksum = checksum * 31 + (a * b);
                if (b != 0) {
                    checksum = checksum * 31 + (a / b);
                    checksum = checksum * 31 + (a % b);
                }
                checksum = checksum * 31 + (a << b) + (a >> b) + (a >>> b);
                checksum = checksum * 31 + (a & b) + (a | b) + (a ^ b);
            }
        }
        System.out.println(checksum);
        System.out.println(Integer.MIN_VALUE / -1);
        System.out.println(Integer.MIN_VALUE % -1);
        System.out.println(-7 / 2);
        System.out.println(-7 % 2);
        System.out.println(1 << 33);
        System.out.println(-1 >>> 28);
        System.out.println((byte) 200);
        System.out.println((short) 70000);
        System.out.println((char) 65 + 1);
        int x = 5;
        x += 3; x -= 1; x *= 4; x /= 3; x %= 5; x <<= 2; x >>= 1; x ^= 0xFF;
        System.out.println(x);
        try {
            System.out.println(1 / (x - x));
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
