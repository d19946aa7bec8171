public class CompoundAssign {
    static int calls;
    static int[] arr = new int[3];
    static int index() { calls++; return 1; }

    public static void main(String[] args) {
        byte b = 100;
        b += 100;
        short s = 30000;
        s *= 3;
        char c = 'z';
        c += 1;
        c -= 30;
        int i = 10;
        i /= 0.3;
        long l = 7;
        l *= 1.5;
        float f = 1;
        f /= 3;
        double d = 10;
        d %= 3.3;
        System.out.println(b + " " + s + " " + c + " " + i + " " + l + " " + f + " " + d);
        arr[index()] += 5;
        arr[index()] *= 3;
        arr[index()]++;
        System.out.println(arr[1] + " calls=" + calls);
        int x = 5;
        x += x++ + ++x;
        int y = 5;
        y = y++ + y++;
        int z = 3;
        z <<= 33;
        int w = -100;
        w >>>= 28;
        long lw = -1;
        lw >>>= 60;
        System.out.println(x + " " + y + " " + z + " " + w + " " + lw);
        String str = "a";
        str += 1 + 2;
        str += 'c';
        str += null;
        str += 1.5f;
        System.out.println(str);
        Integer boxed = 5;
        boxed += 10;
        boxed++;
        Double bd = 1.5;
        bd *= 2;
        System.out.println(boxed + " " + bd);
        boolean flag = true;
        flag &= false;
        flag |= true;
        flag ^= true;
        System.out.println(flag);
        char[] chars = { 'a', 'b' };
        chars[0] += 2;
        chars[1]++;
        System.out.println(new String(chars));
    }
}
