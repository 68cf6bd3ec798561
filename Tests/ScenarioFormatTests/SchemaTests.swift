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
        // A judgement field: a number in its range, or a level of its scale.
        let choices = try #require(leak["oneOf"] as? [[String: Any]])
        #expect(choices[0]["type"] as? String == "number")
        #expect(choices[0]["minimum"] as? Double == 0)
        #expect(choices[0]["maximum"] as? Double == 1)
        #expect(choices[1]["enum"] as? [String] == LevelScales.words)
        #expect(leak["x-level-scale"] as? String == "leak")
        #expect(leak["default"] as? Double == 0.01)
        #expect((leak["description"] as? String)?.contains("1/week") == true)
        let audience = (leader["properties"] as! [String: Any])["audience"] as! [String: Any]
        #expect(audience["type"] as? String == "number")
        #expect(audience["maximum"] as? Double == 100)
        #expect(audience["default"] as? Double == 1)
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
