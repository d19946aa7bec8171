import java.util.*;
import java.util.function.*;

public class EnumAdvanced {
    enum Operation implements IntBinaryOperator {
        PLUS("+", (a, b) -> a + b), MINUS("-", (a, b) -> a - b), TIMES("*", (a, b) -> a * b), DIVIDE("/", (a, b) -> a / b);
        private final String symbol;
        private final IntBinaryOperator op;
        private static final Map<String, Operation> BY_SYMBOL = new HashMap<>();
        static { for (Operation o : values()) BY_SYMBOL.put(o.symbol, o); }
        Operation(String symbol, IntBinaryOperator op) { this.symbol = symbol; this.op = op; }
        public int applyAsInt(int a, int b) { return op.applyAsInt(a, b); }
        static Optional<Operation> of(String s) { return Optional.ofNullable(BY_SYMBOL.get(s)); }
    }
    enum Singleton { INSTANCE; int counter; int next() { return ++counter; } }
    enum State {
        IDLE { State next(char c) { return c == 's' ? RUNNING : this; } },
        RUNNING { State next(char c) { return c == 'p' ? PAUSED : c == 'x' ? DONE : this; } },
        PAUSED { State next(char c) { return c == 's' ? RUNNING : c == 'x' ? DONE : this; } },
        DONE { State next(char c) { return this; } };
        abstract State next(char c);
    }

    public static void main(String[] args) {
        for (Operation o : Operation.values()) System.out.print(o + "=" + o.applyAsInt(12, 4) + " ");
        System.out.println(Operation.of("*").map(o -> o.applyAsInt(6, 7)).orElse(-1) + " " + Operation.of("%").isPresent());
        Singleton.INSTANCE.next();
        System.out.println(Singleton.INSTANCE.next() + " " + Singleton.valueOf("INSTANCE").counter);
        State s = State.IDLE;
        StringBuilder trace = new StringBuilder();
        for (char c : "aspspxs".toCharArray()) { s = s.next(c); trace.append(s.name().charAt(0)); }
        System.out.println(trace + " " + s + " " + s.getClass() .getSuperclass().getSimpleName() + " " + s.getDeclaringClass().getSimpleName());
        EnumMap<State, Integer> visits = new EnumMap<>(State.class);
        for (State st : State.values()) visits.put(st, st.ordinal() * 10);
        System.out.println(visits + " " + EnumSet.range(State.RUNNING, State.DONE) + " " + State.values().length + " " + (State.values() != State.values()));
        try {
            Enum.valueOf(State.class, "idle");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Map<Operation, List<Integer>> results = new TreeMap<>();
        for (Operation o : Operation.values()) for (int b = 1; b <= 3; b++) results.computeIfAbsent(o, k -> new ArrayList<>()).add(o.applyAsInt(60, b));
        System.out.println(results);
    }
}
