using Chb.Linking;

namespace Chb.Bench.Linkage;

/// <summary>A person mention with its ground truth: mentions sharing <see cref="Entity"/> are the same person.</summary>
internal sealed record LabelledPerson(PersonRecord Record, string Entity, int File);
