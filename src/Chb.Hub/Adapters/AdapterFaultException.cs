namespace Chb.Hub.Adapters;

/// <summary>
/// A plugin misbehaved: it threw, stopped responding or broke the contract. The message is the hub's own
/// words; a plugin's exception message is never carried, because it may quote the row it choked on.
/// </summary>
internal sealed class AdapterFaultException(string reason) : Exception(reason);
