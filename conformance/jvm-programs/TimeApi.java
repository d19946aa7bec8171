import java.time.*;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

public class TimeApi {
    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 2, 29);
        System.out.println(d + " " + d.plusYears(1) + " " + d.plusDays(1) + " " + d.minusMonths(1) + " " + d.getDayOfWeek() + " " + d.getDayOfYear() + " " + d.isLeapYear() + " " + d.lengthOfMonth());
        LocalDate start = LocalDate.of(2000, 1, 1);
        System.out.println(ChronoUnit.DAYS.between(start, d) + " " + Period.between(start, d) + " " + start.until(d, ChronoUnit.WEEKS) + " " + d.withDayOfMonth(1) + " " + d.plusWeeks(10));
        LocalTime t = LocalTime.of(23, 59, 30);
        System.out.println(t + " " + t.plusSeconds(45) + " " + t.minusHours(25) + " " + t.toSecondOfDay() + " " + LocalTime.MIDNIGHT + " " + LocalTime.NOON.isBefore(t));
        LocalDateTime dt = LocalDateTime.of(2023, 12, 31, 22, 30);
        System.out.println(dt + " " + dt.plusHours(3) + " " + dt.truncatedTo(ChronoUnit.DAYS) + " " + dt.toLocalDate().atStartOfDay());
        Duration dur = Duration.ofMinutes(135).plusSeconds(30);
        System.out.println(dur + " " + dur.toHours() + " " + dur.toMinutesPart() + " " + Duration.between(t, LocalTime.of(1, 0)) + " " + Duration.ofMillis(1500).getSeconds() + " " + Period.of(1, 14, 40).normalized());
        Instant epoch = Instant.ofEpochSecond(1_700_000_000L);
        System.out.println(epoch + " " + epoch.plusMillis(1234) + " " + epoch.atZone(ZoneOffset.UTC).getYear() + " " + Instant.EPOCH + " " + epoch.getEpochSecond());
        System.out.println(d.format(DateTimeFormatter.ISO_DATE) + " " + dt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " " + LocalDate.parse("1999-12-31").plusDays(1) + " " + LocalTime.parse("07:15").plusMinutes(50) + " " + DateTimeFormatter.BASIC_ISO_DATE.format(d));
        System.out.println(YearMonth.of(2023, 2).lengthOfMonth() + " " + Year.isLeap(1900) + " " + Year.isLeap(2000) + " " + MonthDay.of(12, 25) + " " + Month.MARCH.plus(11) + " " + DayOfWeek.MONDAY.minus(2) + " " + ZoneOffset.ofHours(-5));
        OffsetDateTime odt = OffsetDateTime.of(dt, ZoneOffset.ofHoursMinutes(5, 30));
        System.out.println(odt + " " + odt.toInstant() + " " + odt.withOffsetSameInstant(ZoneOffset.UTC));
        try {
            LocalDate.of(2023, 2, 29);
        } catch (DateTimeException e) {
            System.out.println(e.getMessage());
        }
    }
}
