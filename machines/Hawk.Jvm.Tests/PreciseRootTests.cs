using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;
using static Hawk.Jvm.Tests.ClassWriter;

namespace Hawk.Jvm.Tests;

/// <summary>
/// Precise stack roots: the collector reads a frame's slots through the method's reference map at the frame's pc,
/// so only slots typed reference keep objects alive; and programs give the same output when collected constantly.
/// </summary>
public class PreciseRootTests
{
    private const string Descriptor = "(ILjava/lang/Object;J)V";

    /// <summary>A VM (not booted) with one thread stopped in Holder.m(int, Object, long) at <paramref name="pc"/>.</summary>
    private static (JavaVm Vm, JThread Thread, JMethod Method) Stopped(int pc)
    {
        var w = new ClassWriter("Holder");
        // 0: aload_1  1: iload_0  2: pop  3: pop  4: return   (locals: int, Object, long; stack at most 2)
        var bytes = w.Method("m", Descriptor, 2, 4, [0x2b, 0x1a, 0x57, 0x57, 0xb1]).ToArray();
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "precise-roots");
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "Holder.class"), bytes);
        var vm = new JavaVm(new JavaVmOptions { JavaHome = Jdk.Home(), ClassPath = directory });
        var method = vm.LoadClass(null, "Holder").DeclaredMethod("m", Descriptor)!;
        var thread = new JThread(vm, 64);
        vm.AddThread(thread);
        thread.Frames[0] = new Frame { Method = method, Base = 0, Pc = pc };
        thread.Depth = 1;
        thread.StackTop = 4 + 2;
        return (vm, thread, method);
    }

    private static int NewObject(JavaVm vm) => vm.NewObject(vm.LoadClass(null, "java/lang/Object"));

    [Test]
    public void An_int_or_long_equal_to_an_objects_reference_does_not_keep_it_alive()
    {
        var (vm, thread, _) = Stopped(pc: 0);
        using (vm)
        {
            int byInt = NewObject(vm), byLocal = NewObject(vm), byLong = NewObject(vm);
            thread.Stack[0] = byInt;
            thread.Stack[1] = byLocal;
            thread.Stack[2] = byLong;
            thread.Stack[3] = byLong;
            vm.Heap.Collect(vm);
            Assert.Multiple(() =>
            {
                Assert.That(vm.Heap.IsLive(byInt), Is.False, "int local");
                Assert.That(vm.Heap.IsLive(byLong), Is.False, "long local");
                Assert.That(vm.Heap.IsLive(byLocal), Is.True, "reference local");
            });
        }
    }

    [Test]
    public void An_operand_stack_slot_is_a_root_exactly_while_the_type_state_says_it_holds_a_reference()
    {
        var (vm, thread, _) = Stopped(pc: 2); // after aload_1, iload_0: stack is { Object, int }
        using (vm)
        {
            int onStack = NewObject(vm), intOnStack = NewObject(vm);
            thread.Stack[4] = onStack;
            thread.Stack[5] = intOnStack;
            vm.Heap.Collect(vm);
            Assert.That((vm.Heap.IsLive(onStack), vm.Heap.IsLive(intOnStack)), Is.EqualTo((true, false)));

            thread.Frames[0].Pc = 4; // both popped: the slot still holds the number but is dead
            vm.Heap.Collect(vm);
            Assert.That(vm.Heap.IsLive(onStack), Is.False);
        }
    }

    [Test]
    public void A_callees_arguments_are_its_locals_not_the_callers_stack()
    {
        // The caller stopped at pc 1 (stack { Object }) has called Integer.hashCode(int): that slot is now the callee's int.
        var (vm, thread, _) = Stopped(pc: 1);
        using (vm)
        {
            var hashCode = JavaVm.Method(vm.LoadClass(null, "java/lang/Integer"), "hashCode", "(I)I");
            int shadowed = NewObject(vm);
            thread.Stack[4] = shadowed;
            thread.Frames[1] = new Frame { Method = hashCode, Base = 4, Pc = 0 };
            thread.Depth = 2;
            thread.StackTop = 4 + hashCode.Code!.MaxLocals + hashCode.Code.MaxStack;
            vm.Heap.Collect(vm);
            Assert.That(vm.Heap.IsLive(shadowed), Is.False);
        }
    }
}
