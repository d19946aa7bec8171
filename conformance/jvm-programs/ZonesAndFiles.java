import java.io.*;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.*;
import java.time.format.DateTimeFormatter;
import java.util.*;

public class ZonesAndFiles {
    public static void main(String[] args) throws IOException {
        ZonedDateTime paris = ZonedDateTime.of(2024, 3, 31, 1, 30, 0, 0, ZoneId.of("Europe/Paris"));
        System.out.println(paris + " " + paris.plusHours(1) + " " + paris.withZoneSameInstant(ZoneId.of("America/New_York")) + " " + paris.toInstant());
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        System.out.println(tokyo.getRules().getOffset(Instant.EPOCH) + " " + ZoneId.of("Australia/Lord_Howe").getRules().getOffset(Instant.ofEpochSecond(1_700_000_000L)) + " " + ZoneOffset.of("-03:30").getTotalSeconds());
        System.out.println(DateTimeFormatter.ofPattern("EEEE d MMMM uuuu HH:mm zzz", Locale.US).format(paris) + " | " + DateTimeFormatter.ofPattern("yy/MM/dd hh:mm a", Locale.US).format(paris.toLocalDateTime()));
        TimeZone ny = TimeZone.getTimeZone("America/New_York");
        System.out.println(ny.getID() + " " + ny.getRawOffset() + " " + ny.getOffset(1_700_000_000_000L) + " " + ny.inDaylightTime(new Date(1_690_000_000_000L)) + " " + TimeZone.getTimeZone("No/Such_Zone").getID());
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.US);
        calendar.setTimeInMillis(951_782_400_000L);
        calendar.add(Calendar.DAY_OF_MONTH, 1);
        System.out.println(calendar.get(Calendar.YEAR) + "-" + (calendar.get(Calendar.MONTH) + 1) + "-" + calendar.get(Calendar.DAY_OF_MONTH) + " dow=" + calendar.get(Calendar.DAY_OF_WEEK) + " leap=" + ((GregorianCalendar) calendar).isLeapYear(2000));
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.US);
        format.setTimeZone(TimeZone.getTimeZone("Asia/Kolkata"));
        System.out.println(format.format(new Date(1_234_567_890_123L)) + " " + TimeZone.getDefault().getID().equals(ZoneId.systemDefault().getId()));
        File release = new File(System.getProperty("java.home"), "release");
        System.out.println(release.exists() + " " + release.isFile() + " " + release.isDirectory() + " " + (release.length() > 0) + " " + release.getName());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new FileInputStream(release), StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            long lines = 1 + reader.lines().count();
            System.out.println(first.substring(0, first.indexOf('=')) + " lines=" + lines);
        }
        try (FileInputStream in = new FileInputStream(release)) {
            int available = in.available();
            long skipped = in.skip(5);
            System.out.println((available == release.length()) + " " + skipped + " " + (in.available() == available - 5) + " " + (char) in.read());
        }
        try {
            new FileInputStream("/no/such/file.txt");
        } catch (FileNotFoundException e) {
            System.out.println(e.getMessage());
        }
        try {
            new FileInputStream(System.getProperty("java.home"));
        } catch (FileNotFoundException e) {
            System.out.println(e.getMessage().endsWith("(Is a directory)"));
        }
    }
}
