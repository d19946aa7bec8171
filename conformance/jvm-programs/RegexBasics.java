import java.util.*;
import java.util.regex.*;

public class RegexBasics {
    public static void main(String[] args) {
        Pattern email = Pattern.compile("([\\w.]+)@(\\w+)\\.(com|org)");
        Matcher m = email.matcher("contact: ann.lee@example.com, bob@site.org; bad@x.net");
        while (m.find()) System.out.println(m.group() + " user=" + m.group(1) + " host=" + m.group(2) + " tld=" + m.group(3) + " at " + m.start() + "-" + m.end());
        System.out.println("2024-03-15".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "abc".matches("[a-c]+") + " " + "abcd".matches("[a-c]+") + " " + Pattern.matches("a*b", "aaab"));
        Matcher date = Pattern.compile("(?<year>\\d{4})-(?<month>\\d\\d)").matcher("on 2023-11 and 1999-01");
        List<String> found = new ArrayList<>();
        while (date.find()) found.add(date.group("month") + "/" + date.group("year"));
        System.out.println(found);
        System.out.println("a1b22c333".replaceAll("\\d+", "#") + " " + "hello world".replaceAll("(\\w+) (\\w+)", "$2 $1") + " " + "x.y.z".split("\\.").length + " " + "CamelCaseString".replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
        Pattern ci = Pattern.compile("hello", Pattern.CASE_INSENSITIVE);
        System.out.println(ci.matcher("Say HELLO there").find() + " " + ci.pattern() + " " + ci.flags());
        Matcher counter = Pattern.compile("o").matcher("foo boo zoo");
        int n = 0;
        while (counter.find()) n++;
        System.out.println(n + " " + Pattern.compile(",\\s*").splitAsStream("a, b,c,   d").toList() + " " + Pattern.compile("\\d").matcher("a1b2").results().map(MatchResult::group).toList());
        StringBuilder sb = new StringBuilder();
        Matcher upper = Pattern.compile("[aeiou]").matcher("programming language");
        while (upper.find()) upper.appendReplacement(sb, upper.group().toUpperCase());
        upper.appendTail(sb);
        System.out.println(sb + " " + Pattern.quote("a.b") + " " + "a.b".matches(Pattern.quote("a.b")) + " " + Matcher.quoteReplacement("$1"));
        System.out.println("aaa".replaceAll("a*", "X") + " " + "tel: +1 (555) 010-9999".replaceAll("[^0-9]", "") + " " + "  trim   inner   ".trim().replaceAll("\\s+", " "));
        Matcher lookahead = Pattern.compile("\\d+(?=px)").matcher("10px 20em 30px");
        List<String> px = new ArrayList<>();
        while (lookahead.find()) px.add(lookahead.group());
        System.out.println(px + " " + "abab".matches("(ab)\\1") + " " + Pattern.compile("^\\s*$").matcher("   ").matches());
        try {
            Pattern.compile("(unclosed");
        } catch (PatternSyntaxException e) {
            System.out.println(e.getDescription() + " at " + e.getIndex());
        }
    }
}
