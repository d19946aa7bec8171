import java.util.*;

public class Enums {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        private final double mass, radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Op {
        PLUS("+") { int apply(int a, int b) { return a + b; } },
        TIMES("*") { int apply(int a, int b) { return a * b; } };

        final String symbol;

        Op(String symbol) { this.symbol = symbol; }

        abstract int apply(int a, int b);
    }

    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p + " " + Math.round(p.surfaceGravity() * 100) / 100.0);
        }
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.symbol + " " + op.apply(6, 7) + " " + op.getClass().getSuperclass().getSimpleName() + " " + op.getDeclaringClass().getSimpleName());
        }
        EnumSet<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
        System.out.println(weekend + " " + EnumSet.complementOf(weekend) + " " + EnumSet.range(Day.TUE, Day.THU));
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.WED, 8);
        hours.put(Day.MON, 6);
        System.out.println(hours);
        System.out.println(Day.valueOf("FRI").ordinal() + " " + Day.SUN.compareTo(Day.MON) + " " + Day.MON.name());
        try {
            Day.valueOf("NOPE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Map<Day, String> map = new HashMap<>();
        map.put(Day.TUE, "tuesday");
        System.out.println(map.get(Day.TUE) + " " + Day.TUE.equals(Day.valueOf("TUE")));
    }
}
