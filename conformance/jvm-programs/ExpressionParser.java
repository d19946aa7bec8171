import java.util.*;

public class ExpressionParser {
    private final String src;
    private int pos;
    private final Map<String, Double> vars;

    ExpressionParser(String src, Map<String, Double> vars) { this.src = src.replace(" ", ""); this.vars = vars; }

    double parse() {
        double v = expr();
        if (pos != src.length()) throw new IllegalArgumentException("unexpected '" + src.charAt(pos) + "' at " + pos);
        return v;
    }

    private double expr() {
        double v = term();
        while (pos < src.length() && (peek() == '+' || peek() == '-')) v = src.charAt(pos++) == '+' ? v + term() : v - term();
        return v;
    }

    private double term() {
        double v = factor();
        while (pos < src.length() && (peek() == '*' || peek() == '/' || peek() == '%')) {
            char op = src.charAt(pos++);
            double r = factor();
            v = op == '*' ? v * r : op == '/' ? v / r : v % r;
        }
        return v;
    }

    private double factor() {
        double base = unary();
        if (pos < src.length() && peek() == '^') { pos++; return Math.pow(base, factor()); }
        return base;
    }

    private double unary() {
        if (peek() == '-') { pos++; return -unary(); }
        if (peek() == '(') { pos++; double v = expr(); expect(')'); return v; }
        int start = pos;
        if (Character.isLetter(peek())) {
            while (pos < src.length() && Character.isLetterOrDigit(peek())) pos++;
            String name = src.substring(start, pos);
            if (pos < src.length() && peek() == '(') {
                pos++;
                double arg = expr();
                expect(')');
                return switch (name) { case "sqrt" -> Math.sqrt(arg); case "abs" -> Math.abs(arg); case "sq" -> arg * arg; default -> throw new IllegalArgumentException("unknown function " + name); };
            }
            Double v = vars.get(name);
            if (v == null) throw new IllegalArgumentException("unknown variable " + name);
            return v;
        }
        while (pos < src.length() && (Character.isDigit(peek()) || peek() == '.')) pos++;
        if (start == pos) throw new IllegalArgumentException("number expected at " + pos);
        return Double.parseDouble(src.substring(start, pos));
    }

    private char peek() { return pos < src.length() ? src.charAt(pos) : '\0'; }
    private void expect(char c) { if (peek() != c) throw new IllegalArgumentException("'" + c + "' expected at " + pos); pos++; }

    public static void main(String[] args) {
        Map<String, Double> vars = Map.of("x", 3.0, "y", 4.0, "pi", 3.14159);
        String[] inputs = { "1+2*3", "(1+2)*3", "2^3^2", "-2^2", "10/4", "10%4", "sqrt(sq(x)+sq(y))", "abs(-7.5)*2", "2*pi*x", "1/0", "-(-(-1))", "((2))", "1+", "2*(3", "foo(1)", "z+1", "3 $ 4" };
        for (String in : inputs) {
            try {
                System.out.println(in + " = " + new ExpressionParser(in, vars).parse());
            } catch (IllegalArgumentException e) {
                System.out.println(in + " -> error: " + e.getMessage());
            }
        }
    }
}
