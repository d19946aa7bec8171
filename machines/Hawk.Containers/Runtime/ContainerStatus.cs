namespace Hawk.Containers.Runtime;

/// <summary>The runtime spec's container statuses; <see cref="Name"/> gives the spelling used in state JSON.</summary>
public enum ContainerStatus
{
    Creating,
    Created,
    Running,
    Stopped,

    /// <summary>Not in the spec's list, but every runtime reports it: runc's and crun's "paused" (the cgroup is frozen).</summary>
    Paused,
}

public static class ContainerStatusNames
{
    public static string Name(this ContainerStatus status) => status switch
    {
        ContainerStatus.Creating => "creating",
        ContainerStatus.Created => "created",
        ContainerStatus.Running => "running",
        ContainerStatus.Paused => "paused",
        _ => "stopped",
    };
}
