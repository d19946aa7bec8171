public class SystemProperties {
    public static void main(String[] args) {
        System.out.println(System.getProperty("line.separator").length());
        System.out.println(System.getProperty("file.separator") + System.getProperty("path.separator"));
        System.out.println(System.getProperty("java.specification.version"));
        System.out.println(System.getProperty("no.such.property", "default"));
        System.out.println(System.lineSeparator().equals("\n"));
        System.out.println(java.nio.charset.Charset.forName("UTF-8").name() + " " + java.nio.charset.StandardCharsets.ISO_8859_1.name());
        byte[] bytes = "grüße".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        System.out.println(bytes.length + " " + new String(bytes, java.nio.charset.StandardCharsets.UTF_8).length());
    }
}
