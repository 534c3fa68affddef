namespace Chb.Cli.Push;

/// <summary>One file to push: where it is, which adapter reads it, and which agency it comes from.</summary>
internal sealed record PushJob(string Path, string Adapter, string Agency)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
