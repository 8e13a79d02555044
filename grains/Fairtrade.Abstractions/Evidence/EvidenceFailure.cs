namespace Fairtrade.Abstractions.Evidence;

/// <summary>Why an evidence operation changed nothing.</summary>
[GenerateSerializer, Alias("fairtrade.EvidenceFailure")]
public enum EvidenceFailure
{
    /// <summary>The subject (participant, council, steering group, article) does not exist.</summary>
    SubjectNotFound,

    /// <summary>The subject holds no evidence with that id.</summary>
    EvidenceNotFound,

    /// <summary>The evidence was decided already (or waits for a new upload): a decision is made once.</summary>
    NotAwaitingReview,

    /// <summary>Only evidence that has changes requested takes a new revision.</summary>
    NotOpenForRevision,

    /// <summary>The id is taken by other evidence.</summary>
    IdTaken,

    /// <summary>The evidence counted once (a revision was approved): it is part of the town's history and stays.</summary>
    Counted,
}
