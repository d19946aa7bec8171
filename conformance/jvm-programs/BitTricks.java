public class BitTricks {
    static int popcount(long x) { int c = 0; while (x != 0) { x &= x - 1; c++; } return c; }
    static boolean isPowerOfTwo(int x) { return x > 0 && (x & (x - 1)) == 0; }
    static int nextPowerOfTwo(int x) { return x <= 1 ? 1 : Integer.highestOneBit(x - 1) << 1; }
    static long gray(long n) { return n ^ (n >>> 1); }
    static int reverseBits(int x) {
        int r = 0;
        for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>>= 1; }
        return r;
    }

    public static void main(String[] args) {
        long[] samples = { 0, 1, 255, 1L << 40, -1, 0x5555555555555555L, 123456789L };
        for (long v : samples) System.out.print(popcount(v) + "/" + Long.bitCount(v) + " ");
        System.out.println();
        for (int v : new int[] { 0, 1, 2, 3, 64, 100, 1 << 30, -8 }) System.out.print(isPowerOfTwo(v) + ":" + nextPowerOfTwo(Math.max(v, 0)) + " ");
        System.out.println();
        for (int i = 0; i < 16; i++) System.out.print(Long.toBinaryString(gray(i)) + " ");
        System.out.println();
        System.out.println(reverseBits(1) + " " + Integer.reverse(1) + " " + reverseBits(0x12345678) + " " + Integer.reverse(0x12345678));
        int flags = 0;
        flags |= 1 << 3; flags |= 1 << 7; flags ^= 1 << 3; flags |= 1 << 31;
        System.out.println(Integer.toBinaryString(flags) + " " + ((flags >> 7) & 1) + " " + (flags >>> 31) + " " + (flags >> 31));
        int a = 12, b = 25;
        a ^= b; b ^= a; a ^= b;
        System.out.println(a + " " + b + " " + (-17 >> 2) + " " + (-17 >>> 28) + " " + (-17 / 4) + " " + (~17 + 1) + " " + (5 & -5) + " " + Integer.toHexString(0xCAFEBABE >>> 16));
        long mask = 0;
        for (int i = 0; i < 64; i += 3) mask |= 1L << i;
        System.out.println(Long.toHexString(mask) + " " + Long.numberOfTrailingZeros(mask >>> 1) + " " + Long.toHexString(Long.rotateRight(mask, 7)) + " " + Long.toHexString(Long.reverseBytes(mask)));
        short sh = (short) 0xF00F;
        byte by = (byte) 0x80;
        System.out.println((sh >> 4) + " " + (sh >>> 4) + " " + ((sh & 0xFFFF) >>> 4) + " " + (by >> 1) + " " + ((by & 0xFF) >> 1) + " " + (char) (sh & 0x7F));
    }
}
