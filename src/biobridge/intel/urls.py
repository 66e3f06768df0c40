from django.urls import path

from biobridge.intel import views

app_name = "intel"
urlpatterns = [
    path("", views.index, name="index"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("map/", views.ecosystem_map, name="map"),
    path("review/", views.review_queue, name="review"),
    path("review/organizations/<int:pk>/", views.review_organization, name="review-organization"),
    path("review/organizations/<int:pk>/merge/", views.merge_organization, name="merge-organization"),
    path("review/relations/<int:pk>/", views.review_relation, name="review-relation"),
    path("review/relations/<int:pk>/agreement/", views.relation_agreement, name="relation-agreement"),
    path("upload/", views.upload, name="upload"),
    path("upload/<int:pk>/", views.batch_detail, name="batch"),
]
