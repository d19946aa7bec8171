public class TableSwitch {
    static String name(int n) {
        switch (n) {
            case -2: return "minus two";
            case -1: return "minus one";
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 5: return "five";
            case 6: return "six";
            default: return "other(" + n + ")";
        }
    }

    static int fallThrough(int n) {
        int acc = 0;
        switch (n) {
            case 1: acc += 1;
            case 2: acc += 10;
            case 3: acc += 100; break;
            case 4: acc += 1000;
            default: acc += 5;
        }
        return acc;
    }

    static char grade(char c) {
        switch (c) {
            case 'a': case 'b': case 'c': return 'L';
            case 'd': case 'e': return 'M';
            default: return '?';
        }
    }

    public static void main(String[] args) {
        for (int i = -4; i <= 8; i++) System.out.println(i + " " + name(i) + " " + fallThrough(i));
        System.out.println(name(Integer.MIN_VALUE) + " " + name(Integer.MAX_VALUE));
        StringBuilder sb = new StringBuilder();
        for (char c = 'a'; c <= 'g'; c++) sb.append(grade(c));
        System.out.println(sb);
        byte b = 3;
        switch (b) { case 3 -> System.out.println("byte three"); default -> System.out.println("byte other"); }
        Integer boxed = 2;
        switch (boxed) { case 1: System.out.println("boxed one"); break; case 2: System.out.println("boxed two"); break; }
    }
}
