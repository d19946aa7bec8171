public class LongParsing {
    public static void main(String[] args) {
        System.out.println(Long.parseLong("9223372036854775807") + " " + Long.parseLong("-9223372036854775808") + " " + Long.parseLong("7fffffffffffffff", 16) + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Long.valueOf("-0"));
        long[] values = { 0, -1, 1L << 62, Long.MIN_VALUE, Long.MAX_VALUE, 1234567890123456789L, -987654321L };
        for (long v : values) {
            System.out.println(v + " " + Long.toHexString(v) + " " + Long.toOctalString(v) + " " + Long.toBinaryString(v).length() + " " + Long.toString(v, 36) + " " + Long.toUnsignedString(v) + " " + Long.toUnsignedString(v, 16));
            System.out.println("  " + Long.bitCount(v) + " " + Long.numberOfLeadingZeros(v) + " " + Long.numberOfTrailingZeros(v) + " " + Long.highestOneBit(v) + " " + Long.reverse(v) + " " + Long.reverseBytes(v) + " " + Long.rotateLeft(v, 13) + " " + Long.hashCode(v) + " " + Long.signum(v));
        }
        for (String bad : new String[] { "9223372036854775808", "", "12L", "--1", "1e3" }) {
            try {
                System.out.println(Long.parseLong(bad));
            } catch (NumberFormatException e) {
                System.out.println(e.getMessage());
            }
        }
        System.out.println(Long.divideUnsigned(Long.MIN_VALUE, 7) + " " + Long.remainderUnsigned(Long.MIN_VALUE, 7) + " " + Long.compareUnsigned(Long.MIN_VALUE, 1) + " " + Long.sum(1, 2) + " " + Long.max(-5, 5) + " " + Long.decode("#ff") + " " + Long.decode("-0x10"));
    }
}
