import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

public class IoStreams {
    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeLong(-2);
            out.writeDouble(Math.PI);
            out.writeUTF("h\u00e9llo");
            out.writeBoolean(true);
            out.writeShort(-1);
            out.writeChar('Z');
            out.writeFloat(1.5f);
        }
        byte[] raw = bytes.toByteArray();
        System.out.println(raw.length + " " + Arrays.toString(Arrays.copyOf(raw, 12)));
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw))) {
            System.out.println(Integer.toHexString(in.readInt()) + " " + in.readLong() + " " + in.readDouble() + " " + in.readUTF() + " " + in.readBoolean() + " " + in.readShort() + " " + in.readChar() + " " + in.readFloat() + " " + in.read());
        }
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            pw.println("line one");
            pw.printf("%d-%s%n", 7, "x");
            pw.print(3.5);
        }
        System.out.println(sw.toString().replace("\n", "|"));
        BufferedReader reader = new BufferedReader(new StringReader("alpha\nbeta\r\ngamma\n\ndelta"));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) lines.add(line);
        System.out.println(lines + " " + new BufferedReader(new StringReader("a\nb\nc")).lines().count());
        Reader r = new InputStreamReader(new ByteArrayInputStream("\u00fcber".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        char[] buf = new char[10];
        int n = r.read(buf);
        System.out.println(n + " " + (int) buf[0] + " " + new String(buf, 0, n).length());
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(sink, true, StandardCharsets.UTF_8);
        ps.print('c');
        ps.print(1L);
        ps.println(new char[] { 'o', 'k' });
        ps.write(65);
        ps.flush();
        System.out.println(Arrays.toString(sink.toByteArray()) + " " + sink.size());
        PushbackInputStream pb = new PushbackInputStream(new ByteArrayInputStream(new byte[] { 1, 2, 3 }));
        int first = pb.read();
        pb.unread(first);
        System.out.println(pb.read() + " " + pb.read() + " " + pb.available() + " " + new SequenceInputStream(new ByteArrayInputStream(new byte[] { 9 }), new ByteArrayInputStream(new byte[] { 8 })).readAllBytes().length);
        try {
            new DataInputStream(new ByteArrayInputStream(new byte[2])).readInt();
        } catch (EOFException e) {
            System.out.println("EOF " + e.getMessage());
        }
        Properties props = new Properties();
        props.load(new StringReader("# comment\nname = hawk\npath=/a/b\\\n  /c\nempty=\n"));
        System.out.println(new TreeMap<>(props) + " " + props.getProperty("missing", "default"));
    }
}
