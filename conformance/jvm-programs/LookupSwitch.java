public class LookupSwitch {
    static int code(int n) {
        switch (n) {
            case Integer.MIN_VALUE: return 1;
            case -100000: return 2;
            case -1: return 3;
            case 42: return 4;
            case 1000: return 5;
            case 65536: return 6;
            case 1 << 30: return 7;
            case Integer.MAX_VALUE: return 8;
            default: return 0;
        }
    }

    static String http(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301, 302 -> "redirect";
            case 404 -> "not found";
            case 500 -> "server error";
            default -> status >= 400 ? "client error" : "unknown";
        };
    }

    public static void main(String[] args) {
        int[] probes = { Integer.MIN_VALUE, -100000, -99999, -1, 0, 42, 43, 1000, 65536, 1 << 30, Integer.MAX_VALUE, Integer.MAX_VALUE - 1 };
        for (int p : probes) System.out.println(p + " -> " + code(p));
        for (int s : new int[] { 200, 301, 302, 404, 418, 500, 100 }) System.out.println(s + " " + http(s));
        long total = 0;
        for (int i = -200000; i < 200000; i += 7) total += code(i);
        System.out.println(total);
    }
}
