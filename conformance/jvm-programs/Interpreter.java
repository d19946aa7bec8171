import java.util.*;

public class Interpreter {
    // A tiny stack machine: exercises switch dispatch, collections and string building.
    enum Op { PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, PRINT, HALT, DEC }

    record Instr(Op op, int arg) {}

    static void run(List<Instr> program) {
        Deque<Long> stack = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        int pc = 0, steps = 0;
        while (true) {
            Instr in = program.get(pc++);
            steps++;
            switch (in.op()) {
                case PUSH -> stack.push((long) in.arg());
                case ADD -> stack.push(stack.pop() + stack.pop());
                case SUB -> { long b = stack.pop(), a = stack.pop(); stack.push(a - b); }
                case MUL -> stack.push(stack.pop() * stack.pop());
                case DUP -> stack.push(stack.peek());
                case SWAP -> { long b = stack.pop(), a = stack.pop(); stack.push(b); stack.push(a); }
                case DEC -> stack.push(stack.pop() - 1);
                case JNZ -> { if (stack.peek() != 0) pc = in.arg(); }
                case PRINT -> out.append(stack.peek()).append(' ');
                case HALT -> {
                    System.out.println(out.toString().trim());
                    System.out.println("steps=" + steps + " stack=" + stack);
                    return;
                }
            }
        }
    }

    public static void main(String[] args) {
        // factorial of 10 by a loop: acc n -> acc*n n-1
        List<Instr> program = List.of(
            new Instr(Op.PUSH, 1), new Instr(Op.PUSH, 10),
            new Instr(Op.DUP, 0), new Instr(Op.PRINT, 0),
            new Instr(Op.SWAP, 0), new Instr(Op.PUSH, 0), new Instr(Op.ADD, 0),
            new Instr(Op.SWAP, 0), new Instr(Op.DUP, 0),
            new Instr(Op.PUSH, 0), new Instr(Op.SWAP, 0), new Instr(Op.SUB, 0), new Instr(Op.PUSH, -1), new Instr(Op.MUL, 0),
            new Instr(Op.SWAP, 0), new Instr(Op.PUSH, 0), new Instr(Op.ADD, 0),
            new Instr(Op.SWAP, 0),
            new Instr(Op.DEC, 0), new Instr(Op.JNZ, 2), new Instr(Op.HALT, 0));
        run(program);
    }
}
