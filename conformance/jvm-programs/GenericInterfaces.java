import java.util.*;
import java.util.function.*;

public class GenericInterfaces {
    interface Repository<T, ID extends Comparable<ID>> {
        void save(T item);
        Optional<T> find(ID id);
        List<T> all();
        default int count() { return all().size(); }
        default List<T> where(Predicate<? super T> p) { List<T> out = new ArrayList<>(); for (T t : all()) if (p.test(t)) out.add(t); return out; }
        static <T, ID extends Comparable<ID>> Repository<T, ID> inMemory(Function<T, ID> key) { return new MemoryRepository<>(key); }
    }
    static class MemoryRepository<T, ID extends Comparable<ID>> implements Repository<T, ID> {
        private final TreeMap<ID, T> store = new TreeMap<>();
        private final Function<T, ID> key;
        MemoryRepository(Function<T, ID> key) { this.key = key; }
        public void save(T item) { store.put(key.apply(item), item); }
        public Optional<T> find(ID id) { return Optional.ofNullable(store.get(id)); }
        public List<T> all() { return new ArrayList<>(store.values()); }
    }
    record User(int id, String name, int age) {}
    interface Visitor<R> { R visitNum(int n); R visitAdd(Expr a, Expr b); }
    interface Expr { <R> R accept(Visitor<R> v); }
    static Expr num(int n) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.visitNum(n); } }; }
    static Expr add(Expr a, Expr b) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.visitAdd(a, b); } }; }
    interface Monoid<T> { T zero(); T combine(T a, T b); default T fold(List<T> xs) { T acc = zero(); for (T x : xs) acc = combine(acc, x); return acc; } }

    public static void main(String[] args) {
        Repository<User, Integer> users = Repository.inMemory(User::id);
        users.save(new User(3, "cy", 40));
        users.save(new User(1, "al", 20));
        users.save(new User(2, "bo", 35));
        users.save(new User(1, "al2", 21));
        System.out.println(users.count() + " " + users.find(1) + " " + users.find(9) + " " + users.where(u -> u.age() > 30));
        Expr e = add(num(1), add(num(2), num(3)));
        int value = e.accept(new Visitor<Integer>() {
            public Integer visitNum(int n) { return n; }
            public Integer visitAdd(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
        });
        String shown = e.accept(new Visitor<String>() {
            public String visitNum(int n) { return "" + n; }
            public String visitAdd(Expr a, Expr b) { return "(" + a.accept(this) + "+" + b.accept(this) + ")"; }
        });
        System.out.println(shown + " = " + value);
        Monoid<Integer> sum = new Monoid<>() { public Integer zero() { return 0; } public Integer combine(Integer a, Integer b) { return a + b; } };
        Monoid<String> concat = new Monoid<>() { public String zero() { return ""; } public String combine(String a, String b) { return a + b; } };
        System.out.println(sum.fold(List.of(1, 2, 3, 4)) + " " + concat.fold(List.of("x", "y", "z")));
        Map<String, Function<Double, Double>> ops = new TreeMap<>(Map.of("half", x -> x / 2, "square", x -> x * x, "negate", x -> -x));
        ops.forEach((name, op) -> System.out.print(name + "=" + op.apply(3.0) + " "));
        System.out.println();
    }
}
