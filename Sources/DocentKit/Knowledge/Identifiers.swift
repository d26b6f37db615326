import Tagged

/// The id of an entity, such as `dimitri-diliani`: a string that only an entity's id can be.
typealias EntityID = Tagged<Entity, String>

/// The id of a relation of `relations.yaml`, such as `member-of`.
typealias RelationID = Tagged<Relation, String>
