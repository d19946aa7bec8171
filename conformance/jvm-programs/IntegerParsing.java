public class IntegerParsing {
    public static void main(String[] args) {
        String[] inputs = { "0", "-0", "+42", "2147483647", "-2147483648", "007", "-12345" };
        for (String s : inputs) System.out.print(Integer.parseInt(s) + " ");
        System.out.println();
        System.out.println(Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " " + Integer.parseInt("zz", 36) + " " + Integer.valueOf("777", 8) + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.parseInt("Kona", 27));
        int[] values = { 0, 1, -1, 255, -256, 123456789, Integer.MIN_VALUE, Integer.MAX_VALUE };
        for (int v : values) {
            System.out.println(v + " " + Integer.toString(v, 7) + " " + Integer.toHexString(v) + " " + Integer.toOctalString(v) + " " + Integer.toBinaryString(v) + " " + Integer.toUnsignedString(v) + " " + Integer.toString(v, 36));
        }
        for (int v : values) {
            System.out.println(Integer.bitCount(v) + " " + Integer.reverse(v) + " " + Integer.reverseBytes(v) + " " + Integer.highestOneBit(v) + " " + Integer.lowestOneBit(v) + " " + Integer.numberOfLeadingZeros(v) + " " + Integer.numberOfTrailingZeros(v) + " " + Integer.rotateLeft(v, 5) + " " + Integer.rotateRight(v, 3) + " " + Integer.signum(v));
        }
        System.out.println(Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Integer.toUnsignedLong(-1) + " " + Integer.compareUnsigned(1, -1) + " " + Integer.hashCode(-5));
        System.out.println(Short.toString((short) -5) + " " + Byte.parseByte("-128") + " " + Byte.toUnsignedInt((byte) -1) + " " + Short.reverseBytes((short) 0x1234) + " " + Short.toUnsignedInt((short) -1) + " " + Character.forDigit(11, 16) + " " + Character.digit('f', 16) + " " + Character.digit('9', 8));
        for (String bad : new String[] { "2147483648", "-2147483649", "1_000", " 1", "0x10", "+", "-" }) {
            try {
                Integer.parseInt(bad);
                System.out.println("parsed " + bad);
            } catch (NumberFormatException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            Integer.parseInt("1", 99);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Integer.parseInt("abc", 1, 3, 16) + " " + Integer.MAX_VALUE + Integer.MIN_VALUE + " " + Integer.SIZE + " " + Integer.BYTES);
    }
}
