import Foundation
import Testing
@testable import ScenarioFormat

@Suite struct SchemaTests {
    @Test func jsonSchemaIsDraft202012AndClosed() throws {
        let data = Data(try JSONSchemaGenerator.json().utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(root["additionalProperties"] as? Bool == false)
        let required = try #require(root["required"] as? [String])
        #expect(Set(required) == ["schema_version", "name", "start", "weeks", "actors"])
        let properties = try #require(root["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(ScenarioSchema.root.fieldNames))
    }

    @Test func numbersCarryRangeUnitAndDefault() throws {
        let doc = JSONSchemaGenerator.document()
        let actor = ((doc["properties"] as! [String: Any])["actors"] as! [String: Any])["items"] as! [String: Any]
        let leader = (actor["properties"] as! [String: Any])["leader"] as! [String: Any]
        let leak = (leader["properties"] as! [String: Any])["leak"] as! [String: Any]
        #expect(leak["type"] as? String == "number")
        #expect(leak["minimum"] as? Double == 0)
        #expect(leak["maximum"] as? Double == 1)
        #expect(leak["default"] as? Double == 0.01)
        #expect((leak["description"] as? String)?.contains("1/week") == true)
    }

    @Test func markdownReferenceListsEveryField() {
        let doc = SchemaMarkdown.document()
        for field in ScenarioSchema.root.fieldNames + ScenarioSchema.leader.fieldNames + ScenarioSchema.intermediary.fieldNames {
            #expect(doc.contains("`\(field)`"), "\(field) is missing from the Markdown reference")
        }
    }

    @Test func editDistanceCountsTranspositionsOnce() {
        #expect(Suggestion.editDistance("resolve", "resovle") == 1)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.closest(to: "zzzz", in: ["resolve", "leak"]) == nil)
    }
}
