public class IntEdgeCases {
    static int id(int x) { return x; }

    public static void main(String[] args) {
        int min = id(Integer.MIN_VALUE), max = id(Integer.MAX_VALUE);
        System.out.println((max + 1) + " " + (min - 1) + " " + (min * -1) + " " + (-min) + " " + Math.abs(min));
        System.out.println((min / -1) + " " + (min % -1) + " " + (max * max) + " " + (min * min));
        int[] as = { 7, -7, 7, -7, 0, 1 };
        int[] bs = { 3, 3, -3, -3, 5, -1 };
        for (int i = 0; i < as.length; i++) {
            int a = id(as[i]), b = id(bs[i]);
            System.out.println(a + "/" + b + "=" + (a / b) + " %=" + (a % b) + " floorDiv=" + Math.floorDiv(a, b) + " floorMod=" + Math.floorMod(a, b));
        }
        for (int s : new int[] { 0, 1, 31, 32, 33, -1, 63, 64 }) {
            int sh = id(s);
            System.out.println(s + ": " + (1 << sh) + " " + (-16 >> sh) + " " + (-16 >>> sh) + " " + (0x80000000 >> sh));
        }
        int neg = id(-1);
        System.out.println((neg & 0xFF) + " " + (neg ^ 0x0F0F0F0F) + " " + (~neg) + " " + (~0x12345678));
        try {
            System.out.println(id(5) % id(0));
        } catch (ArithmeticException e) {
            System.out.println("rem: " + e.getMessage());
        }
        try {
            Math.addExact(max, 1);
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            Math.multiplyExact(min, -1);
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            Math.toIntExact(1L << 40);
        } catch (ArithmeticException e) {
            System.out.println("toIntExact: " + e.getMessage());
        }
        System.out.println(Math.negateExact(5) + " " + Math.incrementExact(41) + " " + Math.decrementExact(-41));
        short sh = (short) id(32767);
        sh++;
        byte by = (byte) id(127);
        by += 1;
        char ch = (char) id(0);
        ch--;
        System.out.println(sh + " " + by + " " + (int) ch);
        byte b2 = 10;
        b2 *= 30;
        short s2 = 1000;
        s2 <<= 7;
        System.out.println(b2 + " " + s2);
    }
}
