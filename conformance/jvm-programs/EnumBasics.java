import java.util.*;

public class EnumBasics {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double gravity() { return 6.67300E-11 * mass / (radius * radius); }
    }
    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        MUL("*") { int apply(int a, int b) { return a * b; } },
        POW("^") { int apply(int a, int b) { int r = 1; for (int i = 0; i < b; i++) r *= a; return r; } @Override public String toString() { return "power"; } };
        final String symbol;
        Op(String symbol) { this.symbol = symbol; }
        abstract int apply(int a, int b);
    }
    enum Level { LOW, MEDIUM, HIGH; Level next() { return values()[(ordinal() + 1) % values().length]; } }
    interface Describable { String describe(); }
    enum Coin implements Describable { PENNY(1), DIME(10); final int cents; Coin(int c) { cents = c; } public String describe() { return name().toLowerCase() + "=" + cents; } }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) System.out.println(p + " " + p.ordinal() + " " + (float) p.gravity());
        for (Op op : Op.values()) System.out.println(op.name() + " " + op + " " + op.symbol + " " + op.apply(3, 4) + " " + op.getClass().getSuperclass().getSimpleName() + " " + op.getDeclaringClass().getSimpleName());
        System.out.println(Level.valueOf("HIGH").next() + " " + Level.LOW.compareTo(Level.HIGH) + " " + Level.MEDIUM.equals(Level.MEDIUM) + " " + Enum.valueOf(Level.class, "LOW"));
        try {
            Level.valueOf("EXTREME");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Level.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE: " + e.getMessage());
        }
        for (Coin c : Coin.values()) System.out.println(c.describe());
        System.out.println(Arrays.toString(Level.values()) + " " + Level.class.isEnum() + " " + Op.ADD.getClass().isEnum() + " " + Arrays.toString(Level.class.getEnumConstants()));
        List<Level> sorted = new ArrayList<>(List.of(Level.HIGH, Level.LOW, Level.MEDIUM, Level.LOW));
        Collections.sort(sorted);
        System.out.println(sorted + " " + Collections.max(sorted));
        Level l = Level.MEDIUM;
        String word = switch (l) { case LOW -> "l"; case MEDIUM -> "m"; case HIGH -> "h"; };
        System.out.println(word);
    }
}
