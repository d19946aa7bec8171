import java.util.*;

public class FormatterOps {
    public static void main(String[] args) {
        System.out.println(String.format("|%d|%5d|%-5d|%05d|%+d|%,d|%(d|%x|%X|%o|%#x|%#o|", 42, 42, 42, 42, 42, 1234567, -42, 255, 255, 8, 255, 8));
        System.out.println(String.format("|%s|%10s|%-10s|%.2s|%S|%b|%B|%c|%C|%%|%n", "str", "right", "left", "truncate", "upper", null, true, 'x', 'y').replace("\n", "\\n"));
        System.out.println(String.format("|%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%a|", Math.PI, Math.E, -1.5, 2.25, 12345.678, 0.000123, 0.0001234, 123456789.0, 1.0));
        System.out.println(String.format("%,.2f %,d %08.2f %.0f %.0f %.0f %+.1e", 1234567.891, -9876543210L, -3.14159, 0.5, 1.5, 2.5, 6.02e23));
        System.out.println(String.format("%2$s %1$s %2$s %<s", "a", "b") + " " + String.format("%h %h", "hi", 42) + " " + String.format("%d%%", 50));
        System.out.println(String.format("%10.4f|%-12s|%3c|", Double.NaN, Double.POSITIVE_INFINITY, 'z') + String.format("%s %s %s", List.of(1, 2), Optional.of("x"), new int[0].length));
        System.out.println(String.format("%x %x %X", -1, -1L, (byte) -1) + " " + String.format("%d %d %d", (byte) 5, (short) 6, 7L) + " " + String.format("%.3f %.3f", 0.0005, 0.0015) + " " + String.format("%b %b", "false", 0));
        StringBuilder sb = new StringBuilder();
        Formatter fmt = new Formatter(sb);
        fmt.format("%s=%d; ", "a", 1).format("%s=%.1f", "b", 2.0);
        System.out.println(fmt + " " + sb.length());
        System.out.printf("%-8s|%8s|%n", "name", "value");
        for (String[] row : new String[][] { { "alpha", "1" }, { "beta", "22" }, { "gamma", "333" } }) System.out.printf("%-8s|%8s|%n", row[0], row[1]);
        System.out.println("%d items at %.2f".formatted(3, 1.5) + " " + String.format(Locale.ROOT, "%,d", 1000000) + " " + String.format(Locale.US, "%,.3f", 1234.5));
        try {
            String.format("%d", "not a number");
        } catch (IllegalFormatConversionException e) {
            System.out.println(e.getMessage());
        }
        try {
            String.format("%s %s", "only one");
        } catch (MissingFormatArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            String.format("%q", 1);
        } catch (UnknownFormatConversionException e) {
            System.out.println(e.getMessage());
        }
    }
}
