/// The OpenAPI 3.0 document of the exercise API, served at `/openapi.json` (bots and
/// schemathesis read it). Written by hand beside the routes (ExerciseRoutes) it describes.
enum OpenAPIDocument {
    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {"title": "Backchannel live exercise API", "version": "1",
               "description": "Seats of a live exercise (leaders, intermediaries, the umpire, observers) read what their seat may see and act through the engine. Every route under /api/exercises/{id} takes the seat's token as Authorization: Bearer TOKEN. Errors are {\"error\": {\"message\": ...}} with a 4xx status."},
      "components": {
        "securitySchemes": {"seat": {"type": "http", "scheme": "bearer"}},
        "schemas": {
          "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}}}},
          "Create": {"type": "object", "additionalProperties": false, "properties": {
            "scenario": {"type": "string", "description": "A bundled scenario's name (or give yaml)."},
            "yaml": {"type": "string", "maxLength": 1000000, "description": "A scenario's YAML (or give scenario)."},
            "name": {"type": "string", "maxLength": 80},
            "seed": {"type": "integer", "format": "int64", "minimum": 0},
            "press": {"type": "string", "enum": ["full", "public_only", "none"]},
            "weeks_per_turn": {"type": "integer", "minimum": 1, "maximum": 52},
            "turn_minutes": {"type": "number", "minimum": 0.05, "maximum": 10080},
            "posterior": {"type": "string", "enum": ["default", "none"]}}},
          "Created": {"type": "object", "required": ["id", "seed", "seats"], "properties": {
            "id": {"type": "string"}, "seed": {"type": "integer", "format": "int64"},
            "seats": {"type": "array", "items": {"type": "object", "required": ["role", "token", "link"], "properties": {
              "role": {"type": "string", "example": "leader:USA"}, "token": {"type": "string"}, "link": {"type": "string"}}}}}},
          "Board": {"type": "object", "required": ["exercise", "seat", "seats", "board"], "properties": {
            "exercise": {"type": "object"}, "seat": {"type": "string"}, "player": {"type": "string"},
            "seats": {"type": "array", "items": {"type": "object"}}, "board": {"type": "object"},
            "decision": {"type": "string"}, "decided": {"type": "array", "items": {"type": "string"}}}},
          "Join": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "minLength": 1, "maxLength": 80}}},
          "Post": {"type": "object", "required": ["room", "text"], "properties": {
            "room": {"type": "string", "description": "board, formal, or private:INTERMEDIARY:ACTOR"},
            "text": {"type": "string", "minLength": 1, "maxLength": 2000}}},
          "Posted": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer", "format": "int64"}}},
          "Moves": {"type": "object", "description": "An entry of a decisions file without actor, week and date (docs/decisions-format.md), e.g. {\"tariff\": 84} or {\"offer\": {\"channel\": \"private\", \"cut\": 0.5}}."},
          "Accepted": {"type": "object", "required": ["week", "decision"], "properties": {"week": {"type": "integer"}, "decision": {"type": "string"}}},
          "Event": {"type": "object", "required": ["kind"], "description": "A scenario event's fields (docs/scenario-format.md, events[]) without date and weekly_probability; week defaults to the open turn's, e.g. {\"kind\": \"market_shock\", \"pain\": 2, \"actor\": \"CN\"} or {\"kind\": \"summit\", \"name\": \"G20\", \"week\": 12}.",
            "properties": {"kind": {"type": "string", "enum": ["market_shock", "summit", "deadline", "pause", "formal_channel", "export_control", "violation", "protest_allowed", "protest_repressed", "justification"]},
                           "week": {"type": "integer", "minimum": 0}}},
          "Injected": {"type": "object", "required": ["week", "event"], "properties": {"week": {"type": "integer"}, "event": {"type": "string"}}},
          "Umpire": {"type": "object", "required": ["action"], "properties": {
            "action": {"type": "string", "enum": ["pause", "resume", "adjudicate", "rollback", "extend", "pace"]},
            "minutes": {"type": "number", "minimum": 0, "maximum": 10080},
            "weeks_per_turn": {"type": "integer", "minimum": 1, "maximum": 52}}}
        },
        "responses": {
          "Problem": {"description": "Refused, with the reason", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "parameters": {
          "id": {"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 64}}
        }
      },
      "paths": {
        "/api/health": {"get": {"responses": {"200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}}}},
        "/api/exercises": {"post": {"summary": "Create an exercise; returns one invite (token and link) per seat",
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Create"}}}},
          "responses": {"201": {"description": "created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Created"}}}},
                        "400": {"$ref": "#/components/responses/Problem"}, "413": {"$ref": "#/components/responses/Problem"}}}},
        "/api/exercises/{id}/board": {"get": {"summary": "What this seat may see", "security": [{"seat": []}],
          "parameters": [{"$ref": "#/components/parameters/id"}],
          "responses": {"200": {"description": "the seat's board", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Board"}}}},
                        "404": {"$ref": "#/components/responses/Problem"}, "429": {"$ref": "#/components/responses/Problem"}}}},
        "/api/exercises/{id}/version": {"get": {"summary": "The exercise's version (poll it; fetch the board when it moves)", "security": [{"seat": []}],
          "parameters": [{"$ref": "#/components/parameters/id"}],
          "responses": {"200": {"description": "version", "content": {"text/plain": {"schema": {"type": "string"}}}},
                        "404": {"$ref": "#/components/responses/Problem"}, "429": {"$ref": "#/components/responses/Problem"}}}},
        "/api/exercises/{id}/events": {"get": {"summary": "Server-sent events: event version (data: the version) whenever the exercise changes, for max_seconds", "security": [{"seat": []}],
          "parameters": [{"$ref": "#/components/parameters/id"},
                         {"name": "max_seconds", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 3600}}],
          "responses": {"200": {"description": "event stream", "content": {"text/event-stream": {"schema": {"type": "string"}}}},
                        "400": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"},
                        "429": {"$ref": "#/components/responses/Problem"}}}},
        "/api/exercises/{id}/report": {"get": {"summary": "The after-action report (HTML): the umpire at any time, every seat once the exercise is over", "security": [{"seat": []}],
          "parameters": [{"$ref": "#/components/parameters/id"}],
          "responses": {"200": {"description": "the report", "content": {"text/html": {"schema": {"type": "string"}}}},
                        "403": {"$ref": "#/components/responses/Problem"}, "404": {"$ref": "#/components/responses/Problem"},
                        "429": {"$ref": "#/components/responses/Problem"}}}},
        "/api/exercises/{id}/join": {"post": {"summary": "Take the seat (until then the rules play it)", "security": [{"seat": []}],
          "parameters": [{"$ref": "#/components/parameters/id"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Join"}}}},
          "responses": {"204": {"description": "taken"}, "400": {"$ref": "#/components/responses/Problem"},
                        "404": {"$ref": "#/components/responses/Problem"}, "429": {"$ref": "#/components/responses/Problem"}}}},
        "/api/exercises/{id}/messages": {"post": {"summary": "Post in a room this seat may write in", "security": [{"seat": []}],
          "parameters": [{"$ref": "#/components/parameters/id"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Post"}}}},
          "responses": {"201": {"description": "stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Posted"}}}},
                        "400": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
                        "404": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"},
                        "413": {"$ref": "#/components/responses/Problem"}, "429": {"$ref": "#/components/responses/Problem"}}}},
        "/api/exercises/{id}/decision": {
          "put": {"summary": "A leader's decision for the open turn (replaces an earlier one)", "security": [{"seat": []}],
            "parameters": [{"$ref": "#/components/parameters/id"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Moves"}}}},
            "responses": {"200": {"description": "stored", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Accepted"}}}},
                          "400": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
                          "404": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"},
                          "413": {"$ref": "#/components/responses/Problem"}, "429": {"$ref": "#/components/responses/Problem"}}},
          "delete": {"summary": "Withdraw this turn's decision", "security": [{"seat": []}],
            "parameters": [{"$ref": "#/components/parameters/id"}],
            "responses": {"204": {"description": "withdrawn"}, "403": {"$ref": "#/components/responses/Problem"},
                          "404": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"},
                          "429": {"$ref": "#/components/responses/Problem"}}}},
        "/api/exercises/{id}/inject": {"post": {"summary": "The umpire injects an event (a market shock, a summit invitation…) in the open turn's week or a later one", "security": [{"seat": []}],
          "parameters": [{"$ref": "#/components/parameters/id"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Event"}}}},
          "responses": {"201": {"description": "stored; played from its week", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Injected"}}}},
                        "400": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
                        "404": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"},
                        "413": {"$ref": "#/components/responses/Problem"}, "429": {"$ref": "#/components/responses/Problem"}}}},
        "/api/exercises/{id}/umpire": {"post": {"summary": "The umpire: pause, resume, adjudicate now, roll back a turn, extend the deadline, set the pace", "security": [{"seat": []}],
          "parameters": [{"$ref": "#/components/parameters/id"}],
          "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Umpire"}}}},
          "responses": {"204": {"description": "done"}, "400": {"$ref": "#/components/responses/Problem"}, "403": {"$ref": "#/components/responses/Problem"},
                        "404": {"$ref": "#/components/responses/Problem"}, "409": {"$ref": "#/components/responses/Problem"},
                        "429": {"$ref": "#/components/responses/Problem"}}}}
      }
    }
    """#
}
