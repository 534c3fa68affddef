namespace Chb.Cli.Push;

/// <summary>
/// One file to push: where it is, which adapter reads it, and the agency named in the push (empty lets the hub
/// take the token's, which it does in any case: naming another is refused).
/// </summary>
internal sealed record PushJob(string Path, string Adapter, string Agency)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>Gets the agency the token acts for, as read from it for the receipt; null when it cannot be read.</summary>
    public string? TokenAgency { get; init; }

    /// <summary>Gets the agency the receipt names: the one named, else the token's.</summary>
    public string ReceiptAgency => Agency.Length > 0 ? Agency : TokenAgency ?? "(the token's agency)";
}
