public class FloatEdgeCases {
    static float id(float x) { return x; }

    public static void main(String[] args) {
        float[] fs = { 0f, -0f, 1f, -1.5f, 0.1f, 1e10f, 3.4028235e38f, 1.4e-45f, Float.NaN, Float.POSITIVE_INFINITY, -Float.MIN_NORMAL, 16777217f, 0.3f };
        for (float f : fs) {
            float v = id(f);
            System.out.println(v + " int=" + (int) v + " long=" + (long) v + " d=" + (double) v + " neg=" + (-v) + " half=" + (v / 2) + " sq=" + (v * v) + " rint=" + Math.round(v));
        }
        float a = id(0.1f), b = id(0.2f);
        System.out.println((a + b) + " " + (a * 3) + " " + (1f / 3f) + " " + (2f / 3f) + " " + (10f % 3.5f) + " " + (-10f % 3f));
        float nan = id(Float.NaN);
        System.out.println((nan < 1) + " " + (nan > 1) + " " + (nan == nan) + " " + (nan != nan) + " " + !(nan >= 0));
        System.out.println((0f == -0f) + " " + Float.compare(0f, -0f) + " " + Float.valueOf(0f).equals(-0f) + " " + (1 / id(-0f)));
        System.out.println(Float.floatToIntBits(nan) + " " + Float.floatToIntBits(-0f) + " " + Float.intBitsToFloat(0x3f800001) + " " + Float.intBitsToFloat(0x7f7fffff));
        System.out.println(Math.ulp(1f) + " " + Math.nextUp(1f) + " " + Math.nextDown(1f) + " " + Math.getExponent(1024f) + " " + Math.copySign(3f, -0f) + " " + Math.signum(-2f));
        System.out.println(Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_NORMAL + " " + 1.0E-10f + " " + 123456789f + " " + 0.001f + " " + 1e7f + " " + 9999999f);
        System.out.println(Float.isNaN(0f / 0f) + " " + Float.isInfinite(1f / 0f) + " " + Float.isFinite(1e38f * 10));
        float sum = 0;
        for (int i = 0; i < 1000; i++) sum += id(0.001f);
        System.out.println(sum + " " + (float) Math.sqrt(2) + " " + Math.abs(id(-0f)) + " " + Math.max(-0f, 0f) + " " + Math.min(-0f, 0f) + " " + Math.max(nan, 1f));
    }
}
