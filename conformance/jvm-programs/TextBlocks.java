public class TextBlocks {
    public static void main(String[] args) {
        String json = """
            {
              "name": "hawk",
              "size": 3
            }
            """;
        System.out.print(json);
        System.out.println(json.length() + " " + json.lines().count());
        String noNewline = """
            one \
            line""";
        System.out.println("[" + noNewline + "]");
        String spaces = """
            trailing\s\s
            tab\there
            quote \""" inside
            """;
        System.out.print(spaces.replace(' ', '.'));
        String html = """
                <p>
                  indented
                </p>""";
        System.out.println(html);
        System.out.println("""
            a
              b
                c""".lines().map(String::length).toList());
    }
}
