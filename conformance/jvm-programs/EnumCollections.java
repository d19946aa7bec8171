import java.util.*;

public class EnumCollections {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    public static void main(String[] args) {
        EnumSet<Day> weekend = EnumSet.of(Day.SAT, Day.SUN);
        EnumSet<Day> weekdays = EnumSet.complementOf(weekend);
        System.out.println(weekend + " " + weekdays + " " + EnumSet.range(Day.TUE, Day.THU) + " " + EnumSet.allOf(Day.class).size() + " " + EnumSet.noneOf(Day.class));
        EnumSet<Day> set = EnumSet.noneOf(Day.class);
        set.add(Day.FRI); set.add(Day.MON); set.add(Day.WED); set.remove(Day.WED);
        System.out.println(set + " " + set.contains(Day.MON) + " " + set.containsAll(weekend) + " " + EnumSet.copyOf(List.of(Day.SUN, Day.MON)));
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.WED, 8); hours.put(Day.MON, 9); hours.put(Day.SUN, 0);
        hours.merge(Day.MON, 1, Integer::sum);
        System.out.println(hours + " " + hours.containsKey(Day.TUE) + " " + hours.keySet() + " " + hours.values());
        int total = 0;
        for (Map.Entry<Day, Integer> e : hours.entrySet()) total += e.getValue() * (e.getKey().ordinal() + 1);
        System.out.println(total);
        Map<Day, List<String>> tasks = new EnumMap<>(Day.class);
        tasks.computeIfAbsent(Day.THU, d -> new ArrayList<>()).add("gym");
        tasks.computeIfAbsent(Day.TUE, d -> new ArrayList<>()).add("shop");
        tasks.computeIfAbsent(Day.THU, d -> new ArrayList<>()).add("read");
        System.out.println(tasks);
        Map<Day, Integer> tree = new TreeMap<>(Map.of(Day.SUN, 7, Day.MON, 1));
        System.out.println(tree + " " + Day.valueOf("FRI").compareTo(Day.MON));
    }
}
