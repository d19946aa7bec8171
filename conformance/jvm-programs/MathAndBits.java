public class MathAndBits {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5) + " " + Math.abs(Integer.MIN_VALUE) + " " + Math.max(3L, 7L) + " " + Math.min(-0.0, 0.0));
        System.out.println(Math.pow(2, 10) + " " + Math.sqrt(144) + " " + Math.cbrt(27) + " " + Math.hypot(3, 4));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(2.4f) + " " + Math.rint(2.5) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2));
        System.out.println(Integer.reverse(1) + " " + Integer.highestOneBit(100) + " " + Integer.numberOfTrailingZeros(64) + " " + Integer.numberOfLeadingZeros(1));
        System.out.println(Long.bitCount(-1L) + " " + Long.rotateLeft(1L, 65) + " " + Integer.rotateRight(1, 1) + " " + Long.reverseBytes(1L));
        System.out.println(Integer.toOctalString(64) + " " + Integer.parseInt("-ff", 16) + " " + Integer.parseUnsignedInt("4294967295") + " " + Integer.toUnsignedString(-1));
        System.out.println(Long.toUnsignedString(-1L) + " " + Long.divideUnsigned(-1L, 2) + " " + Integer.compareUnsigned(-1, 1));
        System.out.println(Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1) + " " + Character.getNumericValue('z'));
        System.out.println((0.1 + 0.2) + " " + (float) (0.1 + 0.2) + " " + 1.0 / 3 + " " + 2.0f / 3);
        System.out.println(Math.sin(0) + " " + Math.cos(0) + " " + Math.exp(0) + " " + Math.log(1) + " " + Math.log10(1000) + " " + Math.atan2(0, 1));
        System.out.println(Math.signum(-2.5) + " " + Math.ulp(1.0) + " " + Math.nextUp(1.0f) + " " + Math.toDegrees(Math.PI));
        System.out.println(Double.toString(1e21) + " " + Double.toString(1e-7) + " " + Float.toString(1.0e10f) + " " + Double.valueOf("3.5e2") + " " + Double.parseDouble("-0"));
        System.out.println(Long.MAX_VALUE * 2 + " " + (Long.MIN_VALUE - 1) + " " + (byte) (127 + 1) + " " + (char) -1 + 0);
        int bits = 0b1011_0110;
        System.out.println((bits & 0xF) + " " + (bits | 0x100) + " " + (bits ^ 0xFF) + " " + (~bits) + " " + (bits >> 2) + " " + (-bits >>> 28));
    }
}
