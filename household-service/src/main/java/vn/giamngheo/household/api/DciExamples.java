package vn.giamngheo.household.api;

/**
 * The examples of the DCI Social Registry API and of the registrations of the systems that call it: the
 * health-insurance agency's system (sender bhxh-caobang) as the province registered it, and one exchange of it with the
 * registry, 2026-11-30 at 09:00 in Cao Bằng. The signatures are real, so that a client's developer can check a
 * verifier against them: the requests are signed with the key of the registration (RFC 8037's example key, whose
 * private half is public: never register it), the answers with the key of the registry-key example; each was valid
 * for the hour after 09:00 that day.
 */
final class DciExamples {

    private DciExamples() {
    }

    /*
     * The signed examples are joined from the parts below without a byte of the signed text changed. A part that must
     * not end with a line break ends its last line with a backslash, its closing quotes on the next line keeping the
     * indentation of the whole.
     */

    /** The signature of bhxh-caobang's requests up to its value: key bhxh-2026-1, valid 09:00 to 10:00. */
    private static final String SIGNED_BY_BHXH = """
            {"signature":"namespace=\\"spdci\\", kidId=\\"bhxh-caobang|bhxh-2026-1|ed25519\\", \
            algorithm=\\"ed25519\\", created=\\"1796004000\\", expires=\\"1796007600\\", \
            headers=\\"(created) (expires) digest\\", signature=\\"\
            """;

    /** The signature of the registry's answers up to its value: key giamngheo-sr-1, valid 09:00 to 10:00. */
    private static final String SIGNED_BY_REGISTRY = """
            {"signature":"namespace=\\"spdci\\", kidId=\\"giamngheo-sr-04|giamngheo-sr-1|ed25519\\", \
            algorithm=\\"ed25519\\", created=\\"1796004000\\", expires=\\"1796007600\\", \
            headers=\\"(created) (expires) digest\\", signature=\\"\
            """;

    /** What both search requests ask for, the end of their message. */
    private static final String POOR_OF_DAM_THUY = """
              "search_request":[{"reference_id":"ref-1","timestamp":"2026-11-30T09:00:00+07:00",
                "search_criteria":{"query_type":"expression",
                 "query":{"type":"ns:org:QueryType:expression",
                  "value":{"expression":{"collection":"Group",
                    "query":{"$and":[{"poverty_status":{"$eq":"POOR"}},{"list_year":{"$eq":2026}},
                      {"commune_code":{"$eq":"01501"}}]}}}},
                 "sort":[{"attribute_name":"household_id","sort_order":"asc"}],
                 "pagination":{"page_size":2,"page_number":1}}}]}}\
            """;

    /** The poor households of Đàm Thủy's 2026 list, two a page, without a purpose: the pseudonymous view. */
    static final String SYNC_SEARCH = SIGNED_BY_BHXH + """
            taftJ4ZVIFz8lD1iGU6kz7+pvo9uEPWnWP1uFIEbyOAapRHNR9VcK5vb0drcO6aWcOCdjnpR+eC6oduEAFLeCA==\\"",
             "header":{"version":"1.0.0","message_id":"msg-bhxh-20261130-0001",
              "message_ts":"2026-11-30T09:00:00+07:00","action":"search","sender_id":"bhxh-caobang",
              "receiver_id":"giamngheo-sr-04","total_count":1},
             "message":{"transaction_id":"txn-bhxh-20261130-0001",
            """ + POOR_OF_DAM_THUY;

    static final String SYNC_SEARCH_ANSWER = SIGNED_BY_REGISTRY + """
            7MpgbOtNxxbBenhoEieWoT6QqzcfHWMXrw80bRnttKB2MBHnF4gKWSBObXKrupiSMyfdlKZChysktNpYOtwDCg==\\"",
             "header":{"version":"1.0.0","message_id":"msg-8d3f1c52-6a0e-4b7d-9f21-5e4c3b2a1d07",
              "message_ts":"2026-11-30T02:00:00.318Z","action":"on-search","status":"succ","total_count":1,
              "completed_count":1,"sender_id":"giamngheo-sr-04","receiver_id":"bhxh-caobang",
              "is_msg_encrypted":false},
             "message":{"transaction_id":"txn-bhxh-20261130-0001",
              "correlation_id":"corr-2b7e5a91-0c4d-4f38-8a16-93d5e7f1c248",
              "search_response":[{"reference_id":"ref-1","timestamp":"2026-11-30T02:00:00.297Z",
                "data":{"version":"1.0.0","reg_type":"ns:org:RegistryType:Social","reg_record_type":"Group",
                 "reg_records":[{"@type":"Group","@id":"urn:giamngheo:household:01501-5DNYJM8FKA",
                   "group_identifier":[{"@type":"Identifier","identifier_type":"HOUSEHOLD_ID",
                     "identifier_value":"01501-5DNYJM8FKA"}],"group_type":"household","group_size":5,
                   "place":{"@type":"Place","address":"Xã Đàm Thủy, Tỉnh Cao Bằng","commune_code":"01501"},
                   "registration_date":"2025-12-18T03:12:40Z",
                   "additional_attributes":[{"poverty_status":"POOR"},{"list_year":2026},
                    {"commune_code":"01501"}]},
                  {"@type":"Group","@id":"urn:giamngheo:household:01501-6VWA9D88XL",
                   "group_identifier":[{"@type":"Identifier","identifier_type":"HOUSEHOLD_ID",
                     "identifier_value":"01501-6VWA9D88XL"}],"group_type":"household","group_size":4,
                   "place":{"@type":"Place","address":"Xã Đàm Thủy, Tỉnh Cao Bằng","commune_code":"01501"},
                   "registration_date":"2025-12-18T03:14:02Z",
                   "additional_attributes":[{"poverty_status":"POOR"},{"list_year":2026},
                    {"commune_code":"01501"}]}]},"pagination":{"page_size":2,"page_number":1,"total_count":37},
                "status":"succ","locale":"vie"}]}}""";

    /** The same search, answered at a callback URI registered for the sender. */
    static final String SEARCH = SIGNED_BY_BHXH + """
            FG19EBcg705y2Qvv7FF0kI4bJAeHQ8ouGPlth2hYOV3AGdz6BlXz5Q+VCTTWlIwTbykATYzFBbeirkjWusINDQ==\\"",
             "header":{"version":"1.0.0","message_id":"msg-bhxh-20261130-0002",
              "message_ts":"2026-11-30T09:00:00+07:00","action":"search","sender_id":"bhxh-caobang",
              "receiver_id":"giamngheo-sr-04","total_count":1,
              "sender_uri":"https://bhxh.example.gov.vn/dci/registry/on-search"},
             "message":{"transaction_id":"txn-bhxh-20261130-0002",
            """ + POOR_OF_DAM_THUY;

    static final String SEARCH_ACK = """
            {"message":{"ack_status":"ACK","timestamp":"2026-11-30T02:00:00.276Z",
              "correlation_id":"corr-61d8f0a3-9b2c-4e57-8d14-c5a7e3b9f026"}}""";

    static final String SUBSCRIBE = SIGNED_BY_BHXH + """
            ovTZPLmmqrA1ODBp1XAfrNlyBDiJe2TYUQChcr3rnfzDZLxlaYJBQBTd8u4OCxZerNDkoCpT113coyk9PRNCAw==\\"",
             "header":{"version":"1.0.0","message_id":"msg-bhxh-20261130-0003",
              "message_ts":"2026-11-30T09:00:00+07:00","action":"subscribe","sender_id":"bhxh-caobang",
              "receiver_id":"giamngheo-sr-04","total_count":1,
              "sender_uri":"https://bhxh.example.gov.vn/dci/registry/on-subscribe"},
             "message":{"transaction_id":"txn-bhxh-20261130-0003",
              "subscribe_request":[{"reference_id":"ref-1","timestamp":"2026-11-30T09:00:00+07:00",
                "subscribe_criteria":{"reg_event_type":"REGISTER","filter":{"type":"AREA","value":"01501"},
                 "notify_record_type":"Group"}}]}}""";

    static final String SUBSCRIBE_ACK = """
            {"message":{"ack_status":"ACK","timestamp":"2026-11-30T02:00:00.352Z",
              "correlation_id":"corr-0f5c7a2e-8b94-4d61-a3e0-6b1d9c4f7e58"}}""";

    static final String UNSUBSCRIBE = SIGNED_BY_BHXH + """
            3stqnC/BIHV2FWwkl1xZMdd93tgJMuuB9zoi4mfEI52SCkVp4R2IIcgM5JV4/JpnaUQgZNPwdgBLaCyTLvJWCQ==\\"",
             "header":{"version":"1.0.0","message_id":"msg-bhxh-20261130-0004",
              "message_ts":"2026-11-30T09:00:00+07:00","action":"unsubscribe","sender_id":"bhxh-caobang",
              "receiver_id":"giamngheo-sr-04","total_count":1,
              "sender_uri":"https://bhxh.example.gov.vn/dci/registry/on-unsubscribe"},
             "message":{"transaction_id":"txn-bhxh-20261130-0004","timestamp":"2026-11-30T09:00:00+07:00",
              "subscription_codes":["sub-3f9a6c2e-7b41-4d0a-9e85-1c6d2b7f4a90"]}}""";

    static final String UNSUBSCRIBE_ACK = """
            {"message":{"ack_status":"ACK","timestamp":"2026-11-30T02:00:00.207Z",
              "correlation_id":"corr-c3e8a6f1-4d27-4b95-9a0c-7f2e5d1b8a36"}}""";

    static final String TXN_STATUS = SIGNED_BY_BHXH + """
            uGpbz7L30rKT7uMo6FFaidD04jpHeplzWIHKlH44Y9SWGtPQfJavkBpviEffD4T4H1zeNPIveM+iC86/VAv4Dw==\\"",
             "header":{"version":"1.0.0","message_id":"msg-bhxh-20261130-0005",
              "message_ts":"2026-11-30T09:00:00+07:00","action":"txn-status","sender_id":"bhxh-caobang",
              "receiver_id":"giamngheo-sr-04","total_count":1,
              "sender_uri":"https://bhxh.example.gov.vn/dci/registry/txn/on-status"},
             "message":{"transaction_id":"txn-bhxh-20261130-0005",
              "txnstatus_request":{"reference_id":"ref-1","txn_type":"search","attribute_type":"transaction_id",
               "attribute_value":"txn-bhxh-20261130-0002"}}}""";

    static final String TXN_STATUS_ACK = """
            {"message":{"ack_status":"ACK","timestamp":"2026-11-30T02:00:00.163Z",
              "correlation_id":"corr-7a2d4e9c-1f83-4b06-8e5a-d0c9b3f6a271"}}""";

    static final String SYNC_TXN_STATUS = SIGNED_BY_BHXH + """
            TcGtpktB/kL2+kAmsPdxEx789XuZRTaX+b8N9HeFyl95HiwxvjG3SwXRmoDbpIesIzakmBTcq0Fgc7fwrDNmCg==\\"",
             "header":{"version":"1.0.0","message_id":"msg-bhxh-20261130-0006",
              "message_ts":"2026-11-30T09:00:00+07:00","action":"txn-status","sender_id":"bhxh-caobang",
              "receiver_id":"giamngheo-sr-04","total_count":1},
             "message":{"transaction_id":"txn-bhxh-20261130-0006",
              "txnstatus_request":{"reference_id":"ref-1","txn_type":"search","attribute_type":"transaction_id",
               "attribute_value":"txn-bhxh-20261130-0002"}}}""";

    static final String SYNC_TXN_STATUS_ANSWER = SIGNED_BY_REGISTRY + """
            /jWVABCG01rfXcs01TiEYr78a1VVtbSE5ckZ11zRFHoiyfViudE0laJude8pnKlu/5rCrJQ24ZZTdrZChq+zBg==\\"",
             "header":{"version":"1.0.0","message_id":"msg-4c1a9e7b-2d58-4f06-b3e9-7a0d6c5f8e12",
              "message_ts":"2026-11-30T02:00:00.184Z","action":"txn-on-status","status":"succ","total_count":1,
              "completed_count":1,"sender_id":"giamngheo-sr-04","receiver_id":"bhxh-caobang",
              "is_msg_encrypted":false},
             "message":{"transaction_id":"txn-bhxh-20261130-0006",
              "correlation_id":"corr-9e4b2d17-5f6a-4c83-b0d9-2a7c1e8f3b65",
              "txnstatus_response":{"txn_type":"search",
               "txn_status":{"transaction_id":"txn-bhxh-20261130-0002",
                "correlation_id":"corr-61d8f0a3-9b2c-4e57-8d14-c5a7e3b9f026",
                "search_response":[{"reference_id":"ref-1","timestamp":"2026-11-30T02:00:01.042Z",
                  "status":"succ","locale":"vie"}]}}}}""";

    /** A request addressed to another registry. */
    static final String ERR = """
            {"message":{"ack_status":"ERR","timestamp":"2026-11-30T02:00:00.091Z",
              "correlation_id":"corr-5e1b9d3a-6c42-4f87-b2d0-8a7e3c6f1b94",
              "error":{"code":"err.receiver_id.invalid",
               "message":"receiver_id sr-server is not this registry: address it as giamngheo-sr-04."}}}""";

    static final String SIGNATURE_INVALID = """
            {"message":{"ack_status":"ERR","timestamp":"2026-11-30T02:00:00.087Z",
              "correlation_id":"corr-9b4f2c7e-3a16-4d58-8e0b-c1d7a5f9e302",
              "error":{"code":"err.signature.invalid",
               "message":"The signature does not match the header and message with the key bhxh-2026-1 registered for \
            sender bhxh-caobang."}},
             "errors":[{"code":"err.signature.invalid",
               "message":"The signature does not match the header and message with the key bhxh-2026-1 registered for \
            sender bhxh-caobang."}]}""";

    static final String SENDER_INVALID = """
            {"message":{"ack_status":"ERR","timestamp":"2026-11-30T02:00:00.079Z",
              "correlation_id":"corr-2d8a6e4b-9f51-4c03-b7e6-5a1c8d3f9e27",
              "error":{"code":"err.sender_id.invalid",
               "message":"No active system is registered as sender bhxh-caobang: ask the province to register it."}},
             "errors":[{"code":"err.sender_id.invalid",
               "message":"No active system is registered as sender bhxh-caobang: ask the province to register it."}]}
            """;

    /** The key the registry's answers above are signed with. */
    static final String REGISTRY_KEY = """
            {"registry_id":"giamngheo-sr-04",
             "keys":[{"kty":"OKP","crv":"Ed25519","x":"7u-qs97Oy8r210oZjQZPLhvf7PHx-fO-OSvD8vtZrPo",
               "kid":"giamngheo-sr-1","use":"sig","alg":"EdDSA"}]}""";

    /** The health-insurance agency's system as the province registered it, open and ending with a comma. */
    private static final String BHXH_SYSTEM = """
            {"senderId":"bhxh-caobang","name":"Bảo hiểm xã hội tỉnh Cao Bằng — thẻ BHYT hộ nghèo, cận nghèo",
             "clientId":"bhxh-caobang","keyId":"bhxh-2026-1",
             "publicKeyJwk":{"kty":"OKP","crv":"Ed25519","kid":"bhxh-2026-1",
              "x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"},"areas":["04"],
             "attributes":["household_id","poverty_status","list_year","commune_code","group_size","members",
              "identity_number"],
             "legalBasis":"Luật Bảo hiểm y tế 2008, Điều 12 (người thuộc hộ nghèo, cận nghèo); NĐ 13/2023/NĐ-CP",
             "callbackUris":["https://bhxh.example.gov.vn/dci/registry/on-search",
              "https://bhxh.example.gov.vn/dci/registry/on-subscribe",
              "https://bhxh.example.gov.vn/dci/registry/on-unsubscribe",
              "https://bhxh.example.gov.vn/dci/registry/txn/on-status"],
             "notifyUri":"https://bhxh.example.gov.vn/dci/registry/notify",
             "registeredBy":"can-bo-tinh-04","registeredAt":"2026-11-20T02:15:08.412Z",
            """;

    static final String SYSTEM = BHXH_SYSTEM + """
            "active":true,"updatedAt":"2026-11-20T02:15:08.412Z"}""";

    static final String SYSTEM_ENDED = BHXH_SYSTEM + """
            "active":false,"updatedAt":"2027-03-02T08:40:51.907Z"}""";

    static final String CATALOGUE = """
            {"attributes":[{"name":"household_id","personal":false,
               "description":"The household's pseudonymous code, e.g. 01501-5DNYJM8FKA"},
              {"name":"poverty_status","personal":false,
               "description":"POOR, NEAR_POOR or NOT_POOR, as last recognised"},
              {"name":"list_year","personal":false,"description":"The year of the list the status belongs to"},
              {"name":"commune_code","personal":false,
               "description":"The commune holding the household today; a search by it takes any unit code (a commune, \
            or the province 04 for all) and finds the households of the communes it formed from too"},
              {"name":"ethnic_minority","personal":false,
               "description":"Whether the household is of an ethnic minority (DTTS)"},
              {"name":"group_size","personal":false,"description":"The number of members"},
              {"name":"exit_date","personal":false,
               "description":"The date of the last decision that took it out of poverty or near-poverty (movement EXIT\
             or FROM_POOR); absent when none"},
              {"name":"head_name","personal":true,"description":"The head's full name (personal)"},
              {"name":"village","personal":true,"description":"The village (thôn, bản) (personal)"},
              {"name":"members","personal":true,
               "description":"The members: names, birth years, sex, ethnicity, relation to the head, disability, \
            health insurance (personal)"},
              {"name":"identity_number","personal":true,
               "description":"The members' identity numbers, and searching by one (idtype-value UIN) (personal)"}],
             "systems":[""" + SYSTEM + "]}";

    static final String DELIVERIES = """
            [{"id":"4be0f7a2-93c1-4d6e-8a25-0f7d3c9b1e64","sender_id":"bhxh-caobang","kind":"notify",
              "correlation_id":null,"subscription":"sub-3f9a6c2e-7b41-4d0a-9e85-1c6d2b7f4a90",
              "target_uri":"https://bhxh.example.gov.vn/dci/registry/notify","status":"PENDING","attempts":3,
              "last_error":"HTTP 503 from https://bhxh.example.gov.vn/dci/registry/notify",
              "created_at":"2026-12-21T03:05:12.118Z","delivered_at":null,
              "give_up_at":"2026-12-28T03:05:12.118Z"},
             {"id":"d2a91c5f-6e3b-4f70-b8d4-2c1e9a7f5b03","sender_id":"bhxh-caobang","kind":"on-search",
              "correlation_id":"corr-61d8f0a3-9b2c-4e57-8d14-c5a7e3b9f026","subscription":null,
              "target_uri":"https://bhxh.example.gov.vn/dci/registry/on-search","status":"DELIVERED",
              "attempts":1,"last_error":null,"created_at":"2026-11-30T02:00:00.271Z",
              "delivered_at":"2026-11-30T02:00:01.066Z","give_up_at":"2026-12-07T02:00:00.271Z"}]""";
}
