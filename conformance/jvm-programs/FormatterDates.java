import java.time.*;
import java.util.*;

public class FormatterDates {
    record Money(long cents) implements Formattable {
        public void formatTo(Formatter f, int flags, int width, int precision) {
            String text = String.format("$%d.%02d", cents / 100, cents % 100);
            boolean left = (flags & FormattableFlags.LEFT_JUSTIFY) != 0;
            f.format(left ? "%-" + Math.max(width, 1) + "s" : "%" + Math.max(width, 1) + "s", text);
        }
    }

    public static void main(String[] args) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.US);
        c.setTimeInMillis(1_700_000_000_000L);
        System.out.println(String.format(Locale.US, "%tY-%<tm-%<td %<tH:%<tM:%<tS %<tZ %<tA %<tB %<tj %<tp", c));
        LocalDateTime ldt = LocalDateTime.of(2024, 2, 29, 13, 5, 9);
        System.out.println(String.format(Locale.US, "%tF %<tT %<tD %<tR %<tr %<te %<tb %<ta %<ty", ldt));
        ZonedDateTime zdt = ZonedDateTime.of(ldt, ZoneId.of("America/Chicago"));
        System.out.println(String.format(Locale.US, "%tc | %<tz | %<ts", zdt));
        System.out.println(String.format("[%s] [%10s] [%-10s]", new Money(12345), new Money(5), new Money(99)));
        System.out.println(String.format("%08.3f|%+,10d|% d|%(,.2f|%#10x|%-8b|%S", -3.14159, 1234567, 42, -9876.543, 48879, true, "shout"));
        System.out.println(String.format("%.0e %.3g %g %a %.2a", 123456.0, 0.000123456, 1e-5, 0.5, Math.PI));
        System.out.println(String.format("%c%c%c %5.1s| %-6.2s|", 'J', 0x1F600, (int) 'v', "truncate", "xy") + String.format("%3$s %1$s %2$s", "a", "b", "c"));
        StringBuilder sb = new StringBuilder();
        try (Formatter f = new Formatter(sb, Locale.US)) {
            for (int i = 1; i <= 3; i++) f.format("row %d: %6.2f%%%n", i, 100.0 / (i * 3));
        }
        System.out.print(sb);
    }
}
