public class Conversions {
    public static void main(String[] args) {
        int[] ints = { 0, 127, 128, 255, 256, -129, 65535, 65536, 0x12345678, Integer.MIN_VALUE, Integer.MAX_VALUE };
        for (int i : ints) {
            System.out.println(i + " b=" + (byte) i + " s=" + (short) i + " c=" + (int) (char) i + " l=" + (long) i + " f=" + (float) i + " d=" + (double) i);
        }
        long[] longs = { 1L << 31, (1L << 32) + 7, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 123456789123456789L };
        for (long l : longs) {
            System.out.println(l + " i=" + (int) l + " f=" + (float) l + " d=" + (double) l);
        }
        double[] doubles = { 1e10, -1e10, 2.9e9, -2.2e9, 1e19, -1e19, 0.99999, -0.99999, Double.NaN, Double.MIN_VALUE };
        for (double d : doubles) {
            System.out.println(d + " i=" + (int) d + " l=" + (long) d + " f=" + (float) d + " c=" + (int) (char) d + " b=" + (byte) d);
        }
        float[] floats = { 3e9f, -3e9f, 1e20f, Float.NaN, 16777216f, 0.5f };
        for (float f : floats) {
            System.out.println(f + " i=" + (int) f + " l=" + (long) f + " d=" + (double) f);
        }
        char c = 'A';
        c += 2;
        int fromChar = c + 1;
        System.out.println(c + " " + fromChar + " " + (char) fromChar + " " + (c > 'B') + " " + Character.getNumericValue('7') + " " + ('z' - 'a'));
        Object o = true ? 1 : 'a';
        Object p = false ? 1 : "x";
        Object q = true ? Integer.valueOf(1) : Double.valueOf(2);
        System.out.println(o + " " + p + " " + q + " " + (true ? 'b' : 0) + " " + (false ? 1L : 2));
        long big = Integer.MAX_VALUE;
        big++;
        float lossy = 123456789;
        System.out.println(big + " " + lossy + " " + (int) lossy + " " + (0.1f == 0.1) + " " + ((double) 0.1f));
    }
}
